// make k8s-validate: every manifest of the kustomization against its schema, unknown fields refused; then
// docker-compose.yml; then broken copies of the manifests, each of which must be refused.
//   Kubernetes objects: kubernetes-models' validators (ajv, compiled from the Kubernetes 1.36 OpenAPI schemas).
//   CloudNativePG objects: ajv with the openAPIV3Schema of the operator's CRDs kept in schemas/ (schemas/README.md).
// No network: everything comes from node_modules and this directory.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validate as validateObjectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
import Ajv from "ajv";
import { parse, parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "../..");
const passed = [];
const failed = [];

function readYaml(path, options = {}) {
  const documents = parseAllDocuments(readFileSync(path, "utf8"), options);
  const errors = documents.flatMap((d) => d.errors.map((e) => `${path}: ${e.message}`));
  if (errors.length) throw new Error(errors.join("\n"));
  return documents.map((d) => d.toJS()).filter((d) => d !== null);
}

// The Kubernetes schemas, like the API server unless asked for strict validation, let unknown fields through
// (they are dropped silently: a misspelt probe is no probe). A compiled validator reads every field its
// schema knows, and every key of a map: so a field that no validator read is one the schema does not know.
function watched(value, path, unread) {
  if (value === null || typeof value !== "object") return value;
  const read = new Set();
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  unread.push(() => keys.filter((k) => !read.has(k)).map((k) => `${path}/${k}`));
  const copy = Array.isArray(value)
    ? value.map((item, i) => watched(item, `${path}/${i}`, unread))
    : Object.fromEntries(keys.map((k) => [k, watched(value[k], `${path}/${k}`, unread)]));
  return new Proxy(copy, {
    get(target, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
}

function strictly(validate, value, path) {
  const unread = [];
  const valid = validate(watched(value, path, unread));
  const errors = valid ? [] : validate.errors.map((e) => `${path}${e.instancePath}: ${e.keyword} ${JSON.stringify(e.params)}`);
  return errors.concat(unread.flatMap((list) => list()).map((p) => `${p}: unknown field`));
}

function capitalised(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

async function kubernetesValidator(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const area = group === "" ? "Core" : capitalised(group.split(".")[0]);
  try {
    return (await import(`kubernetes-models/_schemas/IoK8sApi${area}${capitalised(version)}${kind}`)).validate;
  } catch {
    return undefined;
  }
}

// A CRD's schema closed the way the API server treats it: a field its schema does not declare is refused, except
// where the schema keeps unknown fields on purpose (x-kubernetes-preserve-unknown-fields).
function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === "properties"
      ? Object.fromEntries(Object.entries(value).map(([name, property]) => [name, closed(property)]))
      : closed(value);
  }
  if (copy.properties && copy.additionalProperties === undefined && !copy["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

function customResourceValidators() {
  // strict: false lets the schemas' x-kubernetes-* keywords through; CEL rules (x-kubernetes-validations) are not checked
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validators = new Map();
  const schemas = join(here, "schemas");
  for (const release of readdirSync(schemas, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of readdirSync(join(schemas, release.name)).filter((f) => f.endsWith(".yaml"))) {
      for (const crd of readYaml(join(schemas, release.name, file))) {
        for (const version of crd.spec.versions.filter((v) => v.served)) {
          let compiled;
          validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, () => {
            compiled ??= ajv.compile(closed(version.schema.openAPIV3Schema));
            return compiled;
          });
        }
      }
    }
  }
  return validators;
}

const customResources = customResourceValidators();

async function problems(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) return ["not an object"];
  const { apiVersion, kind } = object;
  const errors = typeof object.metadata?.name === "string" ? [] : ["/metadata/name: missing"];
  const customResource = customResources.get(`${apiVersion}/${kind}`);
  if (customResource) {
    const validate = customResource();
    if (!validate(object)) {
      errors.push(...validate.errors.map((e) => `${e.instancePath} ${e.message}${e.params.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`));
    }
    // the CRD says only "metadata: object": the API server checks it as any object's metadata
    return errors.concat(strictly(validateObjectMeta, object.metadata, "/metadata"));
  }
  const validate = await kubernetesValidator(String(apiVersion), String(kind));
  if (!validate) return [`no schema for ${apiVersion} ${kind}`];
  return errors.concat(strictly(validate, object, ""));
}

function record(ok, label, errors = []) {
  (ok ? passed : failed).push(label);
  console.log(`${ok ? "ok  " : "FAIL"} ${label}${errors.map((e) => `\n       ${e}`).join("")}`);
}

// The kustomization: its files exist, and no manifest of the directory is left out of it
const kustomization = parse(readFileSync(join(here, "kustomization.yaml"), "utf8"));
{
  const known = new Set(["apiVersion", "kind", "namespace", "labels", "resources", "images"]);
  const errors = Object.keys(kustomization).filter((k) => !known.has(k)).map((k) => `${k}: not a field this file uses`);
  const manifests = readdirSync(here).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");
  errors.push(...manifests.filter((f) => !kustomization.resources.includes(f)).map((f) => `${f}: not in resources`));
  errors.push(...kustomization.resources.filter((f) => !manifests.includes(f)).map((f) => `${f}: no such file`));
  record(errors.length === 0, "kustomization.yaml", errors);
}

const objects = kustomization.resources.flatMap((file) => readYaml(join(here, file)).map((object) => ({ file, object })));
for (const { file, object } of objects) {
  const errors = await problems(object);
  record(errors.length === 0, `${file}: ${object.kind} ${object.metadata?.name}`, errors);
}

// docker-compose.yml: no engine here to run `docker compose config`; its YAML, its references, and the proxy's
// upstream naming every instance of the application
{
  const composeFile = join(repository, "docker-compose.yml");
  const errors = [];
  try {
    // Compose files merge YAML 1.1 style (<<: *anchor)
    const [compose] = readYaml(composeFile, { merge: true });
    const services = Object.keys(compose.services);
    const volumes = Object.keys(compose.volumes ?? {});
    for (const [name, service] of Object.entries(compose.services)) {
      const dependencies = service.depends_on ?? [];
      for (const needed of Array.isArray(dependencies) ? dependencies : Object.keys(dependencies)) {
        if (!services.includes(needed)) errors.push(`${name}: depends on unknown service ${needed}`);
      }
      for (const volume of service.volumes ?? []) {
        const source = String(volume).split(":")[0];
        if (!source.startsWith(".") && !source.startsWith("/") && !volumes.includes(source)) errors.push(`${name}: unknown volume ${source}`);
      }
    }
    const nginx = readFileSync(join(repository, "deploy/nginx.conf"), "utf8");
    const upstream = [...nginx.matchAll(/^\s*server\s+([\w-]+):8080\b/gm)].map((m) => m[1]);
    if (upstream.length < 2) errors.push(`deploy/nginx.conf: ${upstream.length} upstream server(s), 2 expected`);
    for (const name of upstream) {
      const service = compose.services[name];
      if (service?.build?.dockerfile !== "deploy/backend.Dockerfile" || !String(service.command).includes("quarkus-run.jar")) {
        errors.push(`deploy/nginx.conf: upstream ${name} is not an instance of the application in docker-compose.yml`);
      }
    }
  } catch (e) {
    errors.push(e.message);
  }
  record(errors.length === 0, "docker-compose.yml and deploy/nginx.conf", errors);
}

// Broken copies: each must be refused, or the checks above prove nothing
const breakages = [
  ["Deployment", "replicas given as a string", (d) => { d.spec.replicas = "two"; }],
  ["Deployment", "a misspelt field in a container", (d) => { d.spec.template.spec.containers[0].readinesProbe = d.spec.template.spec.containers[0].readinessProbe; }],
  ["Deployment", "an unknown field in the metadata", (d) => { d.metadata.label = { a: "b" }; }],
  ["HorizontalPodAutoscaler", "an unknown field in the spec", (d) => { d.spec.minReplica = 2; }],
  ["Cluster", "an unknown field in the spec", (d) => { d.spec.instance = 3; }],
  ["Cluster", "an unknown field deep in the backup section", (d) => { d.spec.backup.barmanObjectStore.s3Credentials.secretKey = d.spec.backup.barmanObjectStore.s3Credentials.secretAccessKey; }],
  ["Cluster", "instances given as a string", (d) => { d.spec.instances = "3"; }],
  ["ScheduledBackup", "an unknown field in the metadata", (d) => { d.metadata.label = { a: "b" }; }],
];
for (const [kind, breakage, change] of breakages) {
  const original = objects.find(({ object }) => object.kind === kind);
  if (!original) {
    record(false, `broken copy of ${kind} (${breakage}): no ${kind} to break`);
    continue;
  }
  const copy = structuredClone(original.object);
  change(copy);
  const errors = await problems(copy);
  record(errors.length > 0, `broken copy of ${kind} refused (${breakage}): ${errors[0] ?? "accepted!"}`);
}

console.log(`${passed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
