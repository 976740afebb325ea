#!/usr/bin/env node
// Generates backend/src/main/resources/db/migration/V1__territories.sql
// from the npm package @etalab/decoupage-administratif (see README.md).
//
// Usage: cd scripts/territories && npm ci && node generate.mjs
//
// Node >= 20, ESM, no dependency other than the data package itself.
// The output is deterministic: same package version => byte-identical file.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REGION_CODE = '32'; // Hauts-de-France
const ROWS_PER_INSERT = 500;

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const outFile = join(repoRoot, 'backend', 'src', 'main', 'resources', 'db', 'migration', 'V1__territories.sql');

const require = createRequire(import.meta.url);
const pkgJsonPath = require.resolve('@etalab/decoupage-administratif/package.json');
const pkgDir = dirname(pkgJsonPath);
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
const readData = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', `${name}.json`), 'utf8'));

const regions = readData('regions');
const departements = readData('departements');
const communes = readData('communes');
const epcis = readData('epci');

// ---------------------------------------------------------------------------
// Helpers

/**
 * Search key: lower case, diacritics removed (NFD + drop combining marks),
 * ligatures expanded (œ -> oe, æ -> ae), then every character other than
 * [a-z0-9] (hyphens, apostrophes, parentheses, commas...) turned into a space,
 * runs of spaces collapsed and the result trimmed.
 * e.g. "Villeneuve-d'Ascq" -> "villeneuve d ascq", "Marcq-en-Barœul" -> "marcq en baroeul".
 */
function searchName(name) {
  return name
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const cmpStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function sqlText(value) {
  if (value === null || value === undefined) return 'NULL';
  const s = String(value);
  if (s.includes('\\') || s.includes('\0')) {
    throw new Error(`Unexpected character in ${JSON.stringify(s)}`);
  }
  return `'${s.replace(/'/g, "''")}'`;
}

function sqlInt(value) {
  if (value === null || value === undefined) return 'NULL';
  if (!Number.isInteger(value)) throw new Error(`Not an integer: ${value}`);
  return String(value);
}

function sqlTextArray(values) {
  if (!values || values.length === 0) return "'{}'";
  return `ARRAY[${values.map(sqlText).join(',')}]`;
}

const regionId = (code) => `region:${code}`;
const departementId = (code) => `departement:${code}`;
const epciId = (code) => `epci:${code}`;
const communeId = (code) => `commune:${code}`;

// Département code of a commune code (INSEE). Only metropolitan two-character
// codes are relevant here (Hauts-de-France), overseas codes are 3 characters.
const deptOfCommuneCode = (code) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

// ---------------------------------------------------------------------------
// Selection

const region = regions.find((r) => r.code === REGION_CODE);
if (!region) throw new Error(`Region ${REGION_CODE} not found`);

const depts = departements.filter((d) => d.region === REGION_CODE).sort(byCode);
const deptCodes = new Set(depts.map((d) => d.code));

const currentCommunes = communes
  .filter((c) => c.type === 'commune-actuelle' && deptCodes.has(c.departement))
  .sort(byCode);
const communeByCode = new Map(currentCommunes.map((c) => [c.code, c]));
if (communeByCode.size !== currentCommunes.length) throw new Error('Duplicate commune codes');

// EPCI having at least one member commune in the region's départements.
const regionEpcis = epcis
  .filter((e) => e.membres.some((m) => communeByCode.has(m.code)))
  .sort(byCode);

const epciOfCommune = new Map();
for (const e of regionEpcis) {
  for (const m of e.membres) {
    if (!communeByCode.has(m.code)) continue;
    if (epciOfCommune.has(m.code)) {
      throw new Error(`Commune ${m.code} is member of both ${epciOfCommune.get(m.code)} and ${e.code}`);
    }
    epciOfCommune.set(m.code, e.code);
  }
}

// ---------------------------------------------------------------------------
// Rows

const rows = [];
const warnings = [];

const populationByDept = new Map();
for (const c of currentCommunes) {
  if (Number.isInteger(c.population)) {
    populationByDept.set(c.departement, (populationByDept.get(c.departement) ?? 0) + c.population);
  }
}
const regionPopulation = [...populationByDept.values()].reduce((a, b) => a + b, 0);

rows.push({
  id: regionId(region.code),
  kind: 'REGION',
  code: region.code,
  name: region.nom,
  departementId: null,
  epciId: null,
  parentIds: [],
  postalCodes: [],
  population: regionPopulation,
});

for (const d of depts) {
  rows.push({
    id: departementId(d.code),
    kind: 'DEPARTEMENT',
    code: d.code,
    name: d.nom,
    departementId: null,
    epciId: null,
    parentIds: [regionId(REGION_CODE)],
    postalCodes: [],
    population: populationByDept.get(d.code) ?? null,
  });
}

for (const e of regionEpcis) {
  // Members per département, counting only communes of the region (an EPCI
  // may straddle a regional border; its other départements are not in the
  // table, so they are neither referenced as departement_id nor in parent_ids).
  const stats = new Map();
  for (const m of e.membres) {
    const c = communeByCode.get(m.code);
    if (!c) continue;
    const s = stats.get(c.departement) ?? { dept: c.departement, count: 0, population: 0 };
    s.count += 1;
    s.population += c.population ?? 0;
    stats.set(c.departement, s);
  }
  // Main département: most member communes; ties broken by population, then by code.
  const ranked = [...stats.values()].sort(
    (a, b) => b.count - a.count || b.population - a.population || cmpStr(a.dept, b.dept),
  );
  const mainDept = ranked[0].dept;
  const outside = e.membres.filter((m) => !communeByCode.has(m.code));
  if (outside.length > 0) {
    warnings.push(
      `EPCI ${e.code} ${e.nom}: ${outside.length}/${e.membres.length} member communes outside the region ` +
        `(départements ${[...new Set(outside.map((m) => deptOfCommuneCode(m.code)))].sort().join(', ')}), not included`,
    );
  }
  if (ranked.length > 1 && ranked[0].count === ranked[1].count) {
    warnings.push(`EPCI ${e.code} ${e.nom}: tie on member count between départements, main département by population = ${mainDept}`);
  }
  rows.push({
    id: epciId(e.code),
    kind: 'EPCI',
    code: e.code,
    name: e.nom,
    departementId: departementId(mainDept),
    epciId: null,
    parentIds: [...[...stats.keys()].sort().map(departementId), regionId(REGION_CODE)],
    postalCodes: [],
    population: Number.isInteger(e.populationMunicipale) ? e.populationMunicipale : null,
  });
}

for (const c of currentCommunes) {
  const epci = epciOfCommune.get(c.code) ?? null;
  if (!epci) warnings.push(`Commune ${c.code} ${c.nom}: no EPCI`);
  rows.push({
    id: communeId(c.code),
    kind: 'COMMUNE',
    code: c.code,
    name: c.nom,
    departementId: departementId(c.departement),
    epciId: epci ? epciId(epci) : null,
    parentIds: [...(epci ? [epciId(epci)] : []), departementId(c.departement), regionId(REGION_CODE)],
    postalCodes: [...new Set(c.codesPostaux ?? [])].sort(),
    population: Number.isInteger(c.population) ? c.population : null,
  });
}

// ---------------------------------------------------------------------------
// SQL

const counts = rows.reduce((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});

const header = `-- Administrative split of Hauts-de-France (région ${REGION_CODE}): région, départements,
-- EPCI à fiscalité propre and current communes.
--
-- GENERATED FILE - DO NOT EDIT BY HAND.
-- Generated by scripts/territories/generate.mjs (see scripts/territories/README.md):
--   cd scripts/territories && npm ci && node generate.mjs
--
-- Source: npm package ${pkg.name}@${pkg.version} (Etalab / data.gouv.fr,
--   https://github.com/datagouv/decoupage-administratif), built from the INSEE
--   Code Officiel Géographique, the DGCL list of EPCI à fiscalité propre,
--   INSEE legal populations and the La Poste postal codes database.
-- Data licence: Licence Ouverte / Open Licence (Etalab),
--   https://www.etalab.gouv.fr/licence-ouverte-open-licence
--
-- Rows: ${counts.REGION} REGION, ${counts.DEPARTEMENT} DEPARTEMENT, ${counts.EPCI} EPCI, ${counts.COMMUNE} COMMUNE.
--
-- Notes:
--   * population: communes = "population" of communes.json; EPCI = "populationMunicipale"
--     of epci.json (whole EPCI, including members outside the region);
--     départements and région = sum of their communes' populations.
--   * EPCI departement_id = département holding most of its member communes of the
--     region (ties broken by population); parent_ids only list départements of the region.
--   * search_name = lower case, diacritics removed, œ/æ expanded to oe/ae, every
--     character other than [a-z0-9] turned into a space, spaces collapsed, trimmed.
`;

const ddl = `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE territory (
  id text PRIMARY KEY,                 -- 'region:32', 'departement:59', 'epci:200093201', 'commune:59350'
  kind text NOT NULL CHECK (kind IN ('REGION','DEPARTEMENT','EPCI','COMMUNE')),
  code text NOT NULL,                  -- official code: INSEE code for region/département/commune, SIREN for EPCI
  name text NOT NULL,
  departement_id text,                 -- for COMMUNE: its département; for EPCI: the département of most of its member communes
  epci_id text,                        -- for COMMUNE: its EPCI (null if none)
  parent_ids text[] NOT NULL DEFAULT '{}', -- every enclosing territory id: commune -> {epci, departement, region}; epci -> {departement(s) it touches, region}; departement -> {region}; region -> {}
  postal_codes text[] NOT NULL DEFAULT '{}',
  population integer,
  search_name text NOT NULL            -- normalised name, see header
);
`;

const columns = 'id, kind, code, name, departement_id, epci_id, parent_ids, postal_codes, population, search_name';
const rowSql = (r) =>
  `(${[
    sqlText(r.id),
    sqlText(r.kind),
    sqlText(r.code),
    sqlText(r.name),
    sqlText(r.departementId),
    sqlText(r.epciId),
    sqlTextArray(r.parentIds),
    sqlTextArray(r.postalCodes),
    sqlInt(r.population),
    sqlText(searchName(r.name)),
  ].join(', ')})`;

const inserts = [];
for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
  const chunk = rows.slice(i, i + ROWS_PER_INSERT);
  inserts.push(`INSERT INTO territory (${columns}) VALUES\n${chunk.map(rowSql).join(',\n')};\n`);
}

const indexes = `
CREATE INDEX territory_parent_ids_idx ON territory USING gin (parent_ids);
CREATE INDEX territory_search_name_trgm_idx ON territory USING gin (search_name gin_trgm_ops);
CREATE INDEX territory_kind_idx ON territory (kind);
`;

const sql = `${header}${ddl}\n${inserts.join('\n')}${indexes}`;

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, sql, 'utf8');

for (const w of warnings) console.warn(`warning: ${w}`);
console.log(
  `Wrote ${relative(process.cwd(), outFile)} (${Buffer.byteLength(sql)} bytes): ` +
    Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', '),
);
