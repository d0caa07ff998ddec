// Validates every object of the generated manifests against the Kubernetes API's JSON schemas
// (the kubernetes-models package: an independent implementation of the schemas, offline).
//   node .ci/manifests/validate.mjs target/kubernetes/kubernetes.json
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "target/kubernetes/kubernetes.json";
const list = JSON.parse(readFileSync(file, "utf8"));
const items = Array.isArray(list) ? list : list.kind === "List" ? list.items : [list];
let failures = 0;
for (const item of items) {
  const [group, version] = item.apiVersion.includes("/") ? item.apiVersion.split("/") : ["v1", item.apiVersion];
  const module = group === "v1" && version === "v1" ? "kubernetes-models/v1" : `kubernetes-models/${group}/${version}`;
  const name = `${item.kind} ${item.metadata?.name ?? "(no name)"}`;
  try {
    const models = await import(module);
    const Model = models[item.kind];
    if (!Model) {
      throw new Error(`no schema for ${item.kind} in ${module}`);
    }
    new Model(item).validate();
    console.log(`ok    ${item.apiVersion} ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${item.apiVersion} ${name}: ${error.message}`);
  }
}
const checks = [
  [items.some((i) => i.kind === "Deployment" && i.spec.replicas >= 2), "the Deployment runs 2 replicas"],
  [items.some((i) => i.kind === "PodDisruptionBudget"), "a PodDisruptionBudget keeps one replica up"],
  [items.some((i) => i.kind === "Job"), "schema migration runs as its own Job"],
  [items.filter((i) => i.kind === "Deployment").every((d) => d.spec.template.spec.containers.every((c) =>
      ["livenessProbe", "readinessProbe", "startupProbe"].every((p) => c[p]?.httpGet?.port === 9000)
      && c.resources?.requests && c.resources?.limits)), "probes on the management port, requests and limits set"],
];
for (const [passed, what] of checks) {
  if (!passed) failures++;
  console.log(`${passed ? "ok  " : "FAIL"}  ${what}`);
}
process.exit(failures === 0 ? 0 : 1);
