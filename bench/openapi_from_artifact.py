"""The OpenAPI 3.0 document an architecture artifact's API components describe, for generators that start from one.

    python3 bench/openapi_from_artifact.py ARTIFACT.json > openapi.json

Paths and operations come from the api components' endpoints, schemas from the model components' models; a field
type the artifact spells as Python (str, int | None, list[X], a model's name) becomes the matching JSON Schema.
"""
import json
import re
import sys

SCALARS = {
    "str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
    "bool": {"type": "boolean"}, "datetime": {"type": "string", "format": "date-time"},
    "date": {"type": "string", "format": "date"}, "uuid": {"type": "string", "format": "uuid"},
    "UUID": {"type": "string", "format": "uuid"}, "Decimal": {"type": "number"},
    "EmailStr": {"type": "string", "format": "email"}, "dict": {"type": "object"}, "Any": {},
}
CONSTRAINTS = {"min_length": "minLength", "max_length": "maxLength", "pattern": "pattern", "ge": "minimum",
               "le": "maximum"}


def schema(type_text, models):
    """JSON Schema of a Python type as the artifact writes it."""
    text = type_text.strip()
    parts = split_top(text, "|")
    if len(parts) > 1:
        rest = [p for p in parts if p != "None"]
        inner = schema(" | ".join(rest), models) if len(rest) == 1 else {"oneOf": [schema(p, models) for p in rest]}
        return dict(inner, nullable=True) if "$ref" not in inner else {"allOf": [inner], "nullable": True}
    match = re.fullmatch(r"(?:list|List|Sequence)\[(.*)\]", text)
    if match:
        return {"type": "array", "items": schema(match.group(1), models)}
    match = re.fullmatch(r"(?:dict|Dict)\[(.*)\]", text)
    if match:
        return {"type": "object", "additionalProperties": schema(split_top(match.group(1), ",")[-1], models)}
    if text in models:
        return {"$ref": "#/components/schemas/" + text}
    return dict(SCALARS.get(text, {"type": "string"}))


def split_top(text, separator):
    """Split at the separator where no bracket is open."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if ch == separator and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return parts + [current.strip()]


def model_schema(model, models):
    properties, required = {}, []
    for field in model.get("fields", []):
        prop = schema(field["type"], models)
        for key, name in CONSTRAINTS.items():
            if key in field.get("constraints", {}) and "$ref" not in prop:
                prop[name] = field["constraints"][key]
        properties[field["name"]] = prop
        if "default" not in field:
            required.append(field["name"])
    body = {"type": "object", "properties": properties}
    return dict(body, required=required) if required else body


def operation(component, endpoint, full_path, models):
    path_names = re.findall(r"{(\w+)}", full_path)
    params = [{"name": n, "in": "path", "required": True, "schema": {"type": "string"} if "uuid" in n else
               {"type": "integer"}} for n in path_names]
    for query in endpoint.get("query_params", []):
        params.append({"name": query["name"], "in": "query", "required": "default" not in query,
                       "schema": schema(query.get("type", "str"), models)})
    status = str(endpoint.get("status_code", 200))
    response = {"description": "success"}
    if endpoint.get("response_model") and status != "204":
        response["content"] = {"application/json": {"schema": schema(endpoint["response_model"], models)}}
    op = {"operationId": component["name"] + "_" + endpoint["handler"], "tags": component.get("tags", []),
          "parameters": params, "responses": {status: response}}
    if endpoint.get("request_model"):
        op["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": schema(endpoint["request_model"], models)}}}
    return op


def main(path):
    artifact = json.load(open(path))
    components = artifact["components"]
    models = {m["name"]: m for c in components if c["type"] == "model" for m in c.get("models", [])}
    paths = {}
    for component in (c for c in components if c["type"] == "api"):
        for endpoint in component.get("endpoints", []):
            full = (component.get("prefix", "") + endpoint["path"]).rstrip("/") or "/"
            paths.setdefault(full, {})[endpoint["method"].lower()] = operation(component, endpoint, full, models)
    document = {"openapi": "3.0.3", "info": {"title": artifact.get("name", "backend"), "version": "1.0.0"},
                "paths": paths,
                "components": {"schemas": {name: model_schema(m, models) for name, m in models.items()}}}
    json.dump(document, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
