// Usage: node validate.mjs <schema.json> <file.jsonl|file.json>...
// Validates every JSON Lines record (or the single JSON value / array elements of a .json file) against the schema.
// Prints one line per failure and a final "N valid, N invalid"; exits 1 when any record is invalid.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let valid = 0, invalid = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const records = file.endsWith(".jsonl")
    ? text.split("\n").filter((l) => l.trim().length > 0).map((l) => JSON.parse(l))
    : [].concat(JSON.parse(text));
  records.forEach((record, i) => {
    if (validate(record)) { valid++; return; }
    invalid++;
    console.log(`${file} #${i + 1}: ${ajv.errorsText(validate.errors)}`);
  });
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid === 0 && valid > 0 ? 0 : 1);
