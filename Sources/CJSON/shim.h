// CJSON: the json-c headers, plus a few named constants for Swift.
// json-c's flag macros are plain integers; they are repeated here as typed constants so the Swift
// side never depends on how the importer treats `(1 << n)` macros.
#ifndef CJSON_SHIM_H
#define CJSON_SHIM_H

#include <json.h>
#include <stdlib.h>
#include <string.h>

/// Parser flags used by DNNJSON: strict RFC 8259 syntax (no comments, single quotes or trailing
/// commas) and UTF-8 validation.
static inline int cjson_tokener_flags(void) {
  return JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8;
}

/// Serializer flags for compact output: no spaces, `/` left unescaped.
static inline int cjson_compact_flags(void) {
  return JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE;
}

/// Serializer flags for pretty output: two-space indentation, a space after `:`, `/` unescaped.
static inline int cjson_pretty_flags(void) {
  return JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE;
}

/// Makes `object` serialize as the fixed text `literal` (copied), e.g. `[]` for an empty array, which
/// json-c's pretty printer would otherwise spread over two lines. Returns 0 on success.
static inline int cjson_serialize_as_literal(json_object *object, const char *literal) {
  char *copy = strdup(literal);
  if (copy == NULL) return -1;
  json_object_set_serializer(object, json_object_userdata_to_json_string, copy,
                             json_object_free_userdata);
  return 0;
}

#endif
