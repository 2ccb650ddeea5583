import {describe, expect, it} from 'vitest';
import {compileSchema, serialiseSchema} from './compile';
const source = {kubernetesVersion: 'v9.99', origin: 'test', sha256: '0'};

const document = {
  definitions: {
    'io.k8s.api.core.v1.Widget': {
      'x-kubernetes-group-version-kind': [{group: '', version: 'v1', kind: 'Widget'}],
      required: ['spec'],
      properties: {
        apiVersion: {type: 'string'},
        spec: {$ref: '#/definitions/io.k8s.api.core.v1.WidgetSpec'},
      },
    },
    'io.k8s.api.core.v1.WidgetSpec': {
      properties: {
        size: {type: 'integer', format: 'int32'},
        limits: {
          type: 'object',
          additionalProperties: {$ref: '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity'},
        },
        parts: {type: 'array', items: {$ref: '#/definitions/io.k8s.api.core.v1.WidgetSpec'}},
        when: {$ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time'},
        raw: {$ref: '#/definitions/io.k8s.apimachinery.pkg.runtime.RawExtension'},
      },
    },
    'io.k8s.api.core.v1.Unused': {properties: {x: {type: 'string'}}},
    'io.k8s.apimachinery.pkg.api.resource.Quantity': {type: 'string'},
    'io.k8s.apimachinery.pkg.apis.meta.v1.Time': {type: 'string', format: 'date-time'},
    'io.k8s.apimachinery.pkg.runtime.RawExtension': {type: 'object'},
    'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions': {
      'x-kubernetes-group-version-kind': [{group: '', version: 'v1', kind: 'DeleteOptions'}],
      properties: {},
    },
  },
};

describe('compileSchema', () => {
  it('keeps the kinds and the types they reach, with field types and required fields', () => {
    const compiled = compileSchema(document, source);
    expect(compiled.kinds).toEqual({'v1/Widget': 'io.k8s.api.core.v1.Widget'});
    expect(compiled.types).toEqual({
      'io.k8s.api.core.v1.Widget': {
        fields: {apiVersion: 'string', spec: '#io.k8s.api.core.v1.WidgetSpec'},
        required: ['spec'],
      },
      'io.k8s.api.core.v1.WidgetSpec': {
        fields: {
          limits: '{}quantity',
          parts: '[]#io.k8s.api.core.v1.WidgetSpec',
          raw: 'object',
          size: 'int32',
          when: 'date-time',
        },
      },
    });
  });

  it('fails loudly on a construct the walker would not understand', () => {
    const broken = structuredClone(document);
    (broken.definitions['io.k8s.api.core.v1.WidgetSpec'].properties as Record<string, unknown>).odd = {
      type: 'string',
      format: 'uuid4',
    };
    expect(() => compileSchema(broken, source)).toThrow(/WidgetSpec\.odd: unsupported type string format uuid4/);
    expect(() => compileSchema({}, source)).toThrow(/no "definitions"/);
    expect(() => compileSchema({definitions: {}}, source)).toThrow(/defines no kinds/);
  });

  it('serialises one kind or type per line, stably', () => {
    const text = serialiseSchema(compileSchema(document, source));
    expect(text.split('\n')).toContain('    "v1/Widget": "io.k8s.api.core.v1.Widget"');
    expect(JSON.parse(text)).toEqual(compileSchema(document, source));
    expect(serialiseSchema(compileSchema(document, source))).toBe(text);
  });
});
