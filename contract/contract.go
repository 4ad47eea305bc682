// Package contract embeds sitrep's own JSON Schema of the sitrep/1 document,
// so that tests (and users, via the repository) can check output against it.
// CONTRACT.md beside it is the normative text.
package contract

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of one sitrep/1 document.
//
//go:embed sitrep1.schema.json
var Schema []byte
