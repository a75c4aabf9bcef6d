// Shared with the indicator page (features do not import each other), so it lives in lib.
export { PHONE_QUERY, useMediaQuery } from '../../lib/media/use-media-query';
