/**
 * Validation of `dcat.rdf` against the EU's DCAT-AP 3.0.1 SHACL shapes (data-build/outputs/shapes/, origin in
 * its README.md) with rdf-validate-shacl: what a harvester's own validator would say.
 * Test-time only (Node); the build itself never loads these libraries.
 */
import { readFileSync } from 'node:fs';
import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

const SHAPE_FILES = ['dcat-ap-SHACL.ttl', 'ranges.ttl'];

export function parseRdfXml(text: string): Promise<RDF.Quad[]> {
  return new Promise((resolvePromise, reject) => {
    const quads: RDF.Quad[] = [];
    const parser = new RdfXmlParser({ validateUri: true });
    parser.on('data', (quad: RDF.Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolvePromise(quads));
    parser.write(text);
    parser.end();
  });
}

export interface ShaclResult {
  severity: string;
  focusNode: string;
  path: string;
  message: string;
  shape: string;
}

let validator: SHACLValidator | undefined;

function shapesValidator(): SHACLValidator {
  if (validator) return validator;
  const probe = new SHACLValidator(new Parser().parse('') as unknown as RDF.DatasetCore);
  const shapes = probe.factory.dataset();
  for (const file of SHAPE_FILES) {
    const text = readFileSync(new URL(`../outputs/shapes/${file}`, import.meta.url), 'utf8');
    for (const quad of new Parser({ baseIRI: 'https://semiceu.github.io/DCAT-AP/releases/3.0.1/' }).parse(text)) shapes.add(quad as unknown as RDF.Quad);
  }
  validator = new SHACLValidator(shapes, { factory: probe.factory });
  return validator;
}

/** Every result (violations, warnings, infos) of validating an RDF/XML text. */
export async function validateDcat(rdfXml: string): Promise<ShaclResult[]> {
  const shacl = shapesValidator();
  const data = shacl.factory.dataset();
  for (const quad of await parseRdfXml(rdfXml)) data.add(quad);
  const report = await shacl.validate(data);
  const local = (term: { value: string } | null | undefined) => (term?.value ?? '').replace(/^.*[#/]/, '');
  return report.results.map((result) => ({
    severity: local(result.severity),
    focusNode: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((m) => m.value).join(' '),
    shape: result.sourceShape?.value ?? '',
  }));
}
