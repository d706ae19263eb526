#!/usr/bin/env node
// Derive the JSON Schema of every tRPC procedure's output from a TypeScript project.
//
// Run by `dokploy-codegen learn --source DIR` (generator/dokploy_codegen/learn/source_types.py):
//
//   node extract.js --tsconfig DIR/apps/dokploy/tsconfig.json \
//        --entry DIR/apps/dokploy/server/api/root.ts [--root DIR] [--router appRouter] [--budget 20000]
//
// prints one JSON document on stdout: {"extractor": {...}, "procedures": {"project.all": {...}}}.
//
// Why the resolver's source and not `inferRouterOutputs<AppRouter>`: TypeScript merges the
// `return` branches of a resolver into one type (subtype reduction), which claims full rows
// where one branch sends id-only rows. Each `return` expression is typed on its own and the
// branches are combined as `anyOf`. Why an in-memory rewrite of Drizzle relations: Drizzle
// types `one(t, {fields, references})` as non-null whenever `fields` are NOT NULL columns, even
// when those columns are not a foreign key to `references` (then no row may match: null).
// Nothing is written to the analysed project.
"use strict";

const path = require("path");
const fs = require("fs");

function parseArgs(argv) {
  const args = { router: "appRouter", budget: 20000, depth: 60 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    args[key] = argv[++i];
  }
  if (!args.tsconfig || !args.entry) {
    throw new Error("usage: extract.js --tsconfig FILE --entry FILE [--root DIR] [--router NAME] [--budget N]");
  }
  args.budget = Number(args.budget);
  args.depth = Number(args.depth);
  return args;
}

function loadTypeScript() {
  const where = process.env.DOKPLOY_EXTRACTOR_TYPESCRIPT || "typescript";
  const ts = require(where);
  if (!/^5\./.test(ts.version)) {
    throw new Error(`need the typescript 5.x JS API, found ${ts.version} at ${where}`);
  }
  return ts;
}

// ---------------------------------------------------------------- Drizzle relations

const REL_CALLEE = new Set(["relations"]);

/** Edits (in original text positions) that drop the config of `one()` relations whose
 * `fields` are not a foreign key to `references`: Drizzle then types them nullable. */
function drizzleEdits(ts, sf, fkIndex, stats) {
  const edits = [];
  function visit(node) {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "one" &&
      node.arguments.length === 2 &&
      ts.isObjectLiteralExpression(node.arguments[1]) &&
      insideRelations(ts, node)
    ) {
      const cfg = node.arguments[1];
      const fields = arrayTexts(ts, cfg, "fields");
      const refs = arrayTexts(ts, cfg, "references");
      stats.one += 1;
      if (fields && refs && fields.length === refs.length) {
        const known = fields.map((f) => fkIndex.get(f));
        if (known.some((k) => k === undefined)) {
          stats.unknown += 1;
        } else if (!known.every((k, i) => k !== null && k === refs[i])) {
          stats.nullable.push(`${path.basename(sf.fileName)}: ${fields.join(",")} -> ${refs.join(",")}`);
          edits.push({ start: node.arguments[0].getEnd(), end: cfg.getEnd() });
        }
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);
  return edits;
}

function insideRelations(ts, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && REL_CALLEE.has(n.expression.text)) {
      return true;
    }
  }
  return false;
}

function arrayTexts(ts, obj, name) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name && ts.isArrayLiteralExpression(p.initializer)) {
      return p.initializer.elements.map((e) => e.getText().replace(/\s+/g, ""));
    }
  }
  return null;
}

/** "table.column" -> "other.column" it references, or null when it is no foreign key.
 * Tables are `const x = pgTable("name", {col: text(...).references(() => other.col)})`. */
function indexForeignKeys(ts, sf, index) {
  function visit(node) {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      /Table$/.test(node.initializer.expression.getText()) &&
      node.initializer.arguments.length >= 2 &&
      ts.isObjectLiteralExpression(node.initializer.arguments[1])
    ) {
      const table = node.name.text;
      for (const p of node.initializer.arguments[1].properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        index.set(`${table}.${p.name.getText()}`, referencedColumn(ts, p.initializer));
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);
}

function referencedColumn(ts, expr) {
  let found = null;
  function visit(node) {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "references" &&
      node.arguments.length >= 1
    ) {
      const fn = node.arguments[0];
      if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body)) {
        found = fn.body.getText().replace(/\s+/g, "");
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(expr);
  return found;
}

/** A compiler host that, while parsing, indexes the project's table columns and lists the
 * files declaring Drizzle relations. */
function scanningHost(ts, options) {
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  const fkIndex = new Map();
  const relationFiles = [];
  host.getSourceFile = (fileName, lang, onError, shouldCreate) => {
    const sf = read(fileName, lang, onError, shouldCreate);
    if (!sf || fileName.includes("/node_modules/")) return sf;
    if (/Table\s*\(/.test(sf.text)) indexForeignKeys(ts, sf, fkIndex);
    if (/relations\s*\(/.test(sf.text)) relationFiles.push(fileName);
    return sf;
  };
  return { host, fkIndex, relationFiles };
}

/** Build the program twice: once to index tables and relations (parse only), then with the
 * relation rewrite applied in memory, reusing every other parsed file. */
function createProgram(ts, args, stats) {
  const configPath = path.resolve(args.tsconfig);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  const options = { ...parsed.options, noEmit: true, incremental: false, tsBuildInfoFile: undefined };
  const entry = path.resolve(args.entry);

  const scan = scanningHost(ts, options);
  // Parse the entry's import graph (no type check) to find every table and relation.
  const pre = ts.createProgram({ rootNames: [entry], options, host: scan.host });
  pre.getSourceFiles();
  const edited = new Map();
  for (const file of scan.relationFiles) {
    const sf = pre.getSourceFile(file);
    const edits = drizzleEdits(ts, sf, scan.fkIndex, stats);
    if (!edits.length) continue;
    let text = sf.text;
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + text.slice(e.end);
    edited.set(path.resolve(file), text);
  }
  const host = ts.createCompilerHost(options, true);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, lang, onError, shouldCreate) => {
    const text = edited.get(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, lang, true);
    return pre.getSourceFile(fileName) || original(fileName, lang, onError, shouldCreate);
  };
  return ts.createProgram({ rootNames: [entry], options, host });
}

// ---------------------------------------------------------------- routers

const ROUTER_CALLEE = /(^|\.)(createTRPCRouter|router|mergeRouters)$/;
const KINDS = new Set(["query", "mutation", "subscription"]);

function unwrap(ts, expr) {
  while (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isNonNullExpression(expr)
  ) {
    expr = expr.expression;
  }
  return expr;
}

function declarationOf(ts, checker, expr) {
  let sym = checker.getSymbolAtLocation(expr);
  if (!sym) return null;
  if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decl = sym.valueDeclaration || (sym.declarations || [])[0];
  return decl || null;
}

/** Walk a router object literal: yields [wireName, procedureExpression]. */
function collectProcedures(ts, checker, expr, prefix, out, problems, seen) {
  expr = unwrap(ts, expr);
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const decl = declarationOf(ts, checker, expr);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && !seen.has(decl)) {
      seen.add(decl);
      collectProcedures(ts, checker, decl.initializer, prefix, out, problems, seen);
      seen.delete(decl);
      return;
    }
    if (decl && ts.isShorthandPropertyAssignment(decl)) {
      return collectProcedures(ts, checker, decl.name, prefix, out, problems, seen);
    }
    problems.push(`${prefix || "<root>"}: cannot follow ${expr.getText()}`);
    return;
  }
  if (ts.isCallExpression(expr) && ROUTER_CALLEE.test(expr.expression.getText())) {
    for (const arg of expr.arguments) {
      const a = unwrap(ts, arg);
      if (ts.isObjectLiteralExpression(a)) {
        collectRecord(ts, checker, a, prefix, out, problems, seen);
      } else {
        collectProcedures(ts, checker, a, prefix, out, problems, seen);
      }
    }
    return;
  }
  if (ts.isObjectLiteralExpression(expr)) {
    collectRecord(ts, checker, expr, prefix, out, problems, seen);
    return;
  }
  const kind = procedureKind(ts, expr);
  if (kind) {
    out.push({ name: prefix, kind: kind.kind, resolver: kind.resolver, node: expr });
    return;
  }
  problems.push(`${prefix || "<root>"}: not a router or procedure: ${expr.getText().slice(0, 80)}`);
}

function collectRecord(ts, checker, obj, prefix, out, problems, seen) {
  for (const p of obj.properties) {
    const key = p.name ? p.name.getText().replace(/^["']|["']$/g, "") : "";
    const name = prefix ? `${prefix}.${key}` : key;
    if (ts.isPropertyAssignment(p)) {
      collectProcedures(ts, checker, p.initializer, name, out, problems, seen);
    } else if (ts.isShorthandPropertyAssignment(p)) {
      const sym = checker.getShorthandAssignmentValueSymbol(p);
      let decl = sym && (sym.valueDeclaration || (sym.declarations || [])[0]);
      if (sym && sym.flags & ts.SymbolFlags.Alias) {
        const real = checker.getAliasedSymbol(sym);
        decl = real.valueDeclaration || (real.declarations || [])[0];
      }
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) {
        collectProcedures(ts, checker, decl.initializer, name, out, problems, seen);
      } else {
        problems.push(`${name}: cannot follow shorthand`);
      }
    } else if (ts.isSpreadAssignment(p)) {
      collectProcedures(ts, checker, p.expression, prefix, out, problems, seen);
    } else {
      problems.push(`${name}: unsupported member ${ts.SyntaxKind[p.kind]}`);
    }
  }
}

/** `x.input(...).query(fn)` -> {kind: "query", resolver: fn}. */
function procedureKind(ts, expr) {
  if (
    ts.isCallExpression(expr) &&
    ts.isPropertyAccessExpression(expr.expression) &&
    KINDS.has(expr.expression.name.text) &&
    expr.arguments.length >= 1
  ) {
    return { kind: expr.expression.name.text, resolver: expr.arguments[0] };
  }
  return null;
}

// ---------------------------------------------------------------- resolver branches

function isFunctionLike(ts, n) {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isFunctionExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isClassLike(n) ||
    ts.isAccessor(n) ||
    ts.isConstructorDeclaration(n)
  );
}

function resolverFunction(ts, checker, resolver) {
  let fn = unwrap(ts, resolver);
  if (ts.isIdentifier(fn)) {
    const decl = declarationOf(ts, checker, fn);
    if (decl && ts.isFunctionDeclaration(decl)) return decl;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) fn = unwrap(ts, decl.initializer);
  }
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn) ? fn : null;
}

/** The expressions a resolver may return, each typed on its own (awaited). */
function returnBranches(ts, checker, resolverExpr) {
  const fn = resolverFunction(ts, checker, resolverExpr);
  if (!fn || !fn.body) {
    const type = checker.getTypeAtLocation(resolverExpr);
    const sig = type.getCallSignatures()[0];
    const awaited = (t) => checker.getAwaitedType(t) || t;
    return sig ? [{ type: awaited(sig.getReturnType()), node: resolverExpr, text: "<signature>" }] : [];
  }
  return functionBranches(ts, checker, fn, 0);
}

const FOLLOW_DEPTH = 3;

/** Branches of one function; a returned call of a project function with several `return`s
 * is replaced by that function's branches (TypeScript would merge them into one type). */
function functionBranches(ts, checker, fn, depth) {
  const awaited = (t) => checker.getAwaitedType(t) || t;
  const branches = [];
  const add = (expr) => {
    const sub = depth < FOLLOW_DEPTH ? calleeBranches(ts, checker, expr, depth) : null;
    branches.push({ type: awaited(checker.getTypeAtLocation(expr)), node: expr, text: expr.getText(), sub });
  };
  if (!ts.isBlock(fn.body)) {
    add(fn.body);
    return branches;
  }
  let bare = false;
  function visit(n) {
    if (isFunctionLike(ts, n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) add(n.expression);
      else bare = true;
      return;
    }
    ts.forEachChild(n, visit);
  }
  ts.forEachChild(fn.body, visit);
  const sig = checker.getSignatureFromDeclaration(fn);
  const declared = sig ? awaited(sig.getReturnType()) : null;
  if (bare || !branches.length || (declared && includesVoid(ts, declared) && !branches.some((b) => includesVoid(ts, b.type)))) {
    branches.push({ type: checker.getVoidType(), node: fn, text: "<no value>" });
  }
  return branches;
}

function calleeBranches(ts, checker, expr, depth) {
  let e = unwrap(ts, expr);
  if (ts.isAwaitExpression(e)) e = unwrap(ts, e.expression);
  if (!ts.isCallExpression(e)) return null;
  const sig = checker.getResolvedSignature(e);
  const decl = sig && sig.declaration;
  if (!decl || !decl.body || !ts.isBlock(decl.body) || (decl.typeParameters && decl.typeParameters.length)) return null;
  const file = decl.getSourceFile();
  if (file.isDeclarationFile || file.fileName.includes("/node_modules/")) return null;
  if (!(ts.isFunctionDeclaration(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl) || ts.isMethodDeclaration(decl))) return null;
  const inner = functionBranches(ts, checker, decl, depth + 1);
  return new Set(inner.map((b) => b.type.id)).size >= 2 ? inner : null;
}

function includesVoid(ts, t) {
  const f = ts.TypeFlags.Undefined | ts.TypeFlags.Void;
  if (t.flags & f) return true;
  return !!(t.flags & ts.TypeFlags.Union) && t.types.some((m) => m.flags & f);
}

// ---------------------------------------------------------------- type -> JSON Schema

class BudgetExceeded extends Error {}

class Serializer {
  constructor(ts, checker, budget, depth) {
    this.ts = ts;
    this.checker = checker;
    this.budget = budget;
    this.maxDepth = depth;
  }

  begin(anchor) {
    this.anchor = anchor;
    this.size = 0;
    this.stack = new Map(); // type id -> {recursive, name}
    this.defs = {};
    this.defNames = new Map();
    this.memo = new Map();
    this.notes = new Set();
    this.anyPaths = [];
  }

  node(obj) {
    if (++this.size > this.budget) throw new BudgetExceeded();
    return obj;
  }

  typeName(type) {
    const sym = type.aliasSymbol || type.getSymbol();
    const raw = sym ? sym.getName() : "Type";
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw) && raw !== "__type" && raw !== "__object" ? raw : "Type";
  }

  /** Schema for `type`; `where` is the JSON path, for notes. */
  schema(type, where, depth = 0) {
    const ts = this.ts;
    const f = type.flags;
    if (depth > this.maxDepth) {
      this.notes.add(`depth limit at ${where}`);
      return this.node({});
    }
    if (f & ts.TypeFlags.Any) {
      this.anyPaths.push(where);
      return this.node({});
    }
    if (f & ts.TypeFlags.Unknown) {
      this.notes.add(`unknown at ${where}`);
      return this.node({});
    }
    if (f & ts.TypeFlags.Never) return this.node({ not: {} });
    if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) return this.node({ type: "string" });
    if (f & ts.TypeFlags.StringLiteral) return this.node({ const: type.value });
    if (f & ts.TypeFlags.Number) return this.node({ type: "number" });
    if (f & ts.TypeFlags.NumberLiteral) return this.node({ const: type.value });
    if (f & ts.TypeFlags.BooleanLiteral) return this.node({ const: type.intrinsicName === "true" });
    if (f & ts.TypeFlags.Boolean) return this.node({ type: "boolean" });
    if (f & (ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) {
      this.notes.add(`bigint at ${where} (JSON.stringify cannot send it)`);
      return this.node({});
    }
    if (f & ts.TypeFlags.Null) return this.node({ type: "null" });
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return this.node({ type: "null" }); // in arrays: null
    if (f & ts.TypeFlags.EnumLiteral && !(f & ts.TypeFlags.Union)) return this.node({ const: type.value });
    if (f & ts.TypeFlags.TypeParameter) {
      const c = this.checker.getBaseConstraintOfType(type);
      if (c && c !== type) return this.schema(c, where, depth + 1);
      this.notes.add(`unconstrained type parameter at ${where}`);
      return this.node({});
    }
    if (f & ts.TypeFlags.Union) return this.union(type.types, where, depth);
    if (f & ts.TypeFlags.Intersection) {
      const prim = type.types.find((t) => t.flags & ts.TypeFlags.Primitive);
      if (prim) return this.schema(prim, where, depth + 1); // branded primitive
    }
    if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection | ts.TypeFlags.NonPrimitive)) {
      return this.object(type, where, depth);
    }
    if (f & (ts.TypeFlags.ESSymbol | ts.TypeFlags.UniqueESSymbol)) return this.node({ type: "null" });
    if (f & (ts.TypeFlags.Index | ts.TypeFlags.IndexedAccess | ts.TypeFlags.Conditional | ts.TypeFlags.Substitution)) {
      const c = this.checker.getBaseConstraintOfType(type);
      if (c && c !== type) return this.schema(c, where, depth + 1);
    }
    this.notes.add(`untranslatable type ${this.checker.typeToString(type).slice(0, 60)} at ${where}`);
    return this.node({});
  }

  union(members, where, depth) {
    const ts = this.ts;
    let nullable = false;
    const rest = [];
    for (const m of members) {
      if (m.flags & ts.TypeFlags.Null) nullable = true;
      else if (m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) nullable = true; // only inside arrays
      else if (!(m.flags & ts.TypeFlags.Never)) rest.push(m);
    }
    const bools = rest.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
    const others = rest.filter((m) => !(m.flags & ts.TypeFlags.BooleanLiteral));
    const parts = [];
    if (bools.length === 2) parts.push(this.node({ type: "boolean" }));
    else for (const b of bools) parts.push(this.schema(b, where, depth + 1));
    const literals = [];
    for (const m of others) {
      const s = this.schema(m, where, depth + 1);
      if (Object.keys(s).length === 1 && "const" in s) literals.push(s.const);
      else parts.push(s);
    }
    if (literals.length === 1) parts.push(this.node({ const: literals[0] }));
    else if (literals.length > 1) parts.push(this.node({ enum: literals }));
    return withNull(dedupe(parts), nullable);
  }

  isDate(type) {
    const sym = type.getSymbol();
    return !!sym && sym.getName() === "Date" && (sym.declarations || []).some((d) => d.getSourceFile().hasNoDefaultLib);
  }

  object(type, where, depth) {
    const ts = this.ts;
    const checker = this.checker;
    if (this.isDate(type)) return this.node({ type: "string", format: "date-time" });
    const id = type.id;
    if (this.memo.has(id)) return this.memo.get(id);
    const open = this.stack.get(id);
    if (open) {
      if (!open.name) {
        let name = this.typeName(type);
        const n = (this.defNames.get(name) || 0) + 1;
        this.defNames.set(name, n);
        open.name = n > 1 ? `${name}_${n}` : name;
      }
      return this.node({ $ref: `#/$defs/${open.name}` });
    }
    const entry = { name: null };
    this.stack.set(id, entry);
    let out;
    try {
      out = this.objectBody(type, where, depth);
    } finally {
      this.stack.delete(id);
    }
    if (entry.name) {
      this.defs[entry.name] = out;
      out = this.node({ $ref: `#/$defs/${entry.name}` });
    }
    this.memo.set(id, out);
    return out;
  }

  objectBody(type, where, depth) {
    const ts = this.ts;
    const checker = this.checker;
    if (checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type);
      const fixed = type.target.fixedLength !== undefined ? type.target.fixedLength : args.length;
      const s = { type: "array", prefixItems: args.slice(0, fixed).map((a, i) => this.schema(a, `${where}[${i}]`, depth + 1)) };
      if (type.target.hasRestElement) s.items = this.schema(args[args.length - 1], `${where}[]`, depth + 1);
      else s.maxItems = args.length;
      s.minItems = type.target.minLength;
      return this.node(s);
    }
    const arrayPart = arrayMember(ts, checker, type);
    if (arrayPart) {
      // An array, or an array with extra members (postgres.js RowList): JSON sends the items only.
      const item = checker.getTypeArguments(arrayPart)[0];
      if (item && item.flags & ts.TypeFlags.Never) return this.node({ type: "array", maxItems: 0 });
      return this.node({ type: "array", items: item ? this.schema(item, `${where}[]`, depth + 1) : {} });
    }
    const sym = type.getSymbol();
    const symName = sym ? sym.getName() : "";
    if (["Map", "Set", "WeakMap", "WeakSet", "Promise"].includes(symName)) {
      this.notes.add(`${symName} at ${where} is sent as {}`);
      return this.node({ type: "object" });
    }
    const toJSON = type.getProperty("toJSON");
    if (toJSON) {
      const t = checker.getTypeOfSymbolAtLocation(toJSON, this.anchor);
      const sig = t.getCallSignatures()[0];
      if (sig) return this.schema(sig.getReturnType(), where, depth + 1);
    }
    const props = checker.getPropertiesOfType(type);
    if (!props.length && type.getCallSignatures().length) {
      this.notes.add(`function at ${where} is not sent`);
      return this.node({ type: "null" });
    }
    const properties = {};
    const required = [];
    for (const p of props) {
      const name = p.getName();
      if (name.startsWith("__@") || p.flags & ts.SymbolFlags.Method) continue;
      let pt = checker.getTypeOfSymbolAtLocation(p, this.anchor);
      if (isFunctionOnly(ts, pt)) continue;
      let optional = !!(p.flags & ts.SymbolFlags.Optional);
      if (pt.flags & ts.TypeFlags.Union && pt.types.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))) {
        optional = true;
        const kept = pt.types.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
        if (!kept.length) continue;
        properties[name] = kept.length === 1 ? this.schema(kept[0], `${where}.${name}`, depth + 1) : this.union(kept, `${where}.${name}`, depth + 1);
      } else if (pt.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) {
        continue;
      } else if (pt.flags & ts.TypeFlags.Any) {
        optional = true; // `any` may be undefined, and JSON.stringify drops undefined
        properties[name] = this.schema(pt, `${where}.${name}`, depth + 1);
      } else {
        properties[name] = this.schema(pt, `${where}.${name}`, depth + 1);
      }
      if (!optional) required.push(name);
    }
    const s = { type: "object", properties };
    if (required.length) s.required = required;
    const index = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & (ts.TypeFlags.String | ts.TypeFlags.Number));
    if (index) s.additionalProperties = this.schema(stripUndefined(ts, index.type), `${where}[*]`, depth + 1);
    return this.node(s);
  }
}

function arrayMember(ts, checker, type) {
  if (checker.isArrayType(type) || isReadonlyArray(type)) return type;
  if (type.flags & ts.TypeFlags.Intersection) {
    return type.types.find((m) => checker.isArrayType(m) || isReadonlyArray(m)) || null;
  }
  return null;
}

function isReadonlyArray(type) {
  const sym = type.getSymbol();
  return !!sym && sym.getName() === "ReadonlyArray" && !!type.typeArguments;
}

function isFunctionOnly(ts, t) {
  if (t.flags & ts.TypeFlags.Union) return t.types.every((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null) || isFunctionOnly(ts, m));
  return !!(t.flags & ts.TypeFlags.Object) && t.getCallSignatures().length > 0 && t.getProperties().length === 0;
}

function stripUndefined(ts, t) {
  if (!(t.flags & ts.TypeFlags.Union)) return t;
  const kept = t.types.filter((m) => !(m.flags & ts.TypeFlags.Undefined));
  return kept.length === 1 ? kept[0] : t;
}

function dedupe(parts) {
  const seen = new Set();
  const out = [];
  for (const p of parts) {
    const key = JSON.stringify(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** `X | null`: a type array where X is a plain typed schema, else anyOf with null. */
function withNull(parts, nullable) {
  if (!nullable) {
    if (parts.length === 1) return parts[0];
    if (!parts.length) return { not: {} };
    return { anyOf: parts };
  }
  if (!parts.length) return { type: "null" };
  if (parts.length === 1) {
    const p = parts[0];
    const keys = Object.keys(p);
    if (typeof p.type === "string" && !("const" in p) && !("enum" in p) && !("$ref" in p)) {
      return { ...p, type: [p.type, "null"] };
    }
    if ("enum" in p && keys.length === 1) return { enum: [...p.enum, null] };
    if ("const" in p && keys.length === 1) return { enum: [p.const, null] };
    if (keys.length === 0) return p;
  }
  return { anyOf: [...parts, { type: "null" }] };
}

// ---------------------------------------------------------------- per procedure

/** A returned call's own branches where its merged type claims more than one of them sends
 * (a field always present, or never null); else the call as one branch. */
function chooseBranches(ts, ser, b) {
  if (!b.sub) return [b];
  const subs = b.sub.flatMap((s) => chooseBranches(ts, ser, s));
  if (b.type.flags & ts.TypeFlags.Any) return subs;
  const merged = branchSchema(ts, ser, b.type);
  for (const s of subs) {
    const sub = branchSchema(ts, ser, s.type);
    if ((sub.empty && !merged.empty) || (sub.schema && merged.schema && overclaims(merged.schema, sub.schema, ser))) {
      return subs;
    }
  }
  return [b];
}

/** {schema (null when nothing is sent), empty: may send nothing}. */
function branchSchema(ts, ser, type) {
  const f = ts.TypeFlags.Undefined | ts.TypeFlags.Void;
  if (type.flags & f) return { schema: null, empty: true };
  if (type.flags & ts.TypeFlags.Union && type.types.some((m) => m.flags & f)) {
    return { schema: ser.union(type.types.filter((m) => !(m.flags & f)), "$", 0), empty: true };
  }
  return { schema: ser.schema(type, "$", 0), empty: false };
}

/** Does `m` promise something `s` does not keep: a required key `s` may lack, a non-null
 * value `s` may send as null? Unsure (anyOf, $ref) counts as yes. */
function overclaims(m, s, ser, depth = 0) {
  if (depth > 20) return false;
  if (m.$ref || s.$ref) return JSON.stringify(m) !== JSON.stringify(s);
  if (s.anyOf) return s.anyOf.some((x) => overclaims(m, x, ser, depth + 1));
  if (m.anyOf) return !m.anyOf.some((x) => !overclaims(x, s, ser, depth + 1));
  const types = (x) => (x.type === undefined ? null : [].concat(x.type));
  const mt = types(m);
  const st = types(s);
  if (mt && st && st.some((t) => !mt.includes(t))) return true;
  if (st && !st.includes("object") && !st.includes("array")) return false;
  if (m.required) {
    const have = new Set(s.required || []);
    if (m.required.some((k) => !have.has(k))) return true;
  }
  if (m.properties && s.properties) {
    for (const k of Object.keys(m.properties)) {
      if (s.properties[k] && overclaims(m.properties[k], s.properties[k], ser, depth + 1)) return true;
    }
  }
  if (m.items && s.items) return overclaims(m.items, s.items, ser, depth + 1);
  return false;
}

function describe(ts, checker, ser, proc, root) {
  const rel = (n) => {
    const sf = n.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(n.getStart());
    return `${path.relative(root, sf.fileName)}:${line + 1}`;
  };
  const out = { kind: proc.kind, at: rel(proc.node) };
  if (proc.kind === "subscription") {
    out.status = "skipped";
    out.reason = "subscription: not a REST operation";
    return out;
  }
  ser.begin(proc.node);
  let branches;
  try {
    branches = returnBranches(ts, checker, proc.resolver).flatMap((b) => chooseBranches(ts, ser, b));
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    out.status = "json";
    out.reason = `output type exceeds the size budget of ${ser.budget} schema nodes`;
    return out;
  }
  const anyBranch = branches.find((b) => b.type.flags & ts.TypeFlags.Any);
  if (anyBranch) {
    out.status = "json";
    out.reason = `returns \`any\`: ${anyBranch.text.replace(/\s+/g, " ").slice(0, 100)} (${rel(anyBranch.node)})`;
    return out;
  }
  const voids = branches.filter((b) => b.type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void));
  const valued = branches.filter((b) => !(b.type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never)));
  ser.begin(proc.node);
  let parts;
  let mayBeEmpty = voids.length > 0;
  try {
    parts = valued.map((b) => {
      if (b.type.flags & ts.TypeFlags.Union && b.type.types.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))) {
        mayBeEmpty = true;
        const kept = b.type.types.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
        return ser.union(kept, "$", 0);
      }
      return ser.schema(b.type, "$", 0);
    });
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    out.status = "json";
    out.reason = `output type exceeds the size budget of ${ser.budget} schema nodes: ${checker
      .typeToString(valued[0] ? valued[0].type : branches[0].type)
      .slice(0, 100)}`;
    return out;
  }
  parts = dedupe(parts.flatMap((p) => (p.anyOf && Object.keys(p).length === 1 ? p.anyOf : [p])));
  // `return []` next to a branch that returns rows adds nothing.
  if (parts.some((p) => p.type === "array" && p.maxItems === undefined)) {
    parts = parts.filter((p) => !(p.type === "array" && p.maxItems === 0 && Object.keys(p).length === 2));
  }
  if (ser.anyPaths.length) {
    const topAny = ser.anyPaths.includes("$");
    if (topAny) {
      out.status = "json";
      out.reason = "returns `any`";
      return out;
    }
  }
  let schema;
  if (!parts.length) {
    schema = { type: "null" };
    mayBeEmpty = true;
  } else {
    schema = parts.length === 1 ? parts[0] : { anyOf: parts };
  }
  if (Object.keys(ser.defs).length) schema = { ...schema, $defs: ser.defs };
  out.status = "typed";
  out.schema = schema;
  if (mayBeEmpty) out.empty = valued.length ? "sometimes" : "always";
  if (ser.anyPaths.length) out.any = ser.anyPaths.slice(0, 20);
  if (ser.notes.size) out.notes = [...ser.notes].slice(0, 20);
  out.branches = branches.length;
  out.size = ser.size;
  return out;
}

/** Imports of the project that resolve to nothing: their values would silently be `any`. */
function unresolvedImports(ts, program, checker, root) {
  const out = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || sf.fileName.includes("/node_modules/")) continue;
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      if (/\.(css|scss|svg|png)$/.test(spec.text)) continue;
      if (!checker.getSymbolAtLocation(spec)) out.push(`unresolved import "${spec.text}" in ${path.relative(root, sf.fileName)}`);
    }
  }
  return out;
}

function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const ts = loadTypeScript();
  const stats = { one: 0, unknown: 0, nullable: [] };
  const program = createProgram(ts, args, stats);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(path.resolve(args.entry));
  if (!entry) throw new Error(`entry ${args.entry} is not in the program`);
  const root = path.resolve(args.root || path.dirname(args.tsconfig));
  let routerDecl = null;
  ts.forEachChild(entry, function find(n) {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === args.router) routerDecl = n;
    else ts.forEachChild(n, find);
  });
  if (!routerDecl || !routerDecl.initializer) throw new Error(`no \`${args.router}\` declared in ${args.entry}`);
  const procs = [];
  const problems = unresolvedImports(ts, program, checker, root);
  collectProcedures(ts, checker, routerDecl.initializer, "", procs, problems, new Set());
  const ser = new Serializer(ts, checker, args.budget, args.depth);
  const procedures = {};
  for (const p of procs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    procedures[p.name] = describe(ts, checker, ser, p, root);
  }
  const mem = process.memoryUsage();
  const doc = {
    extractor: {
      typescript: ts.version,
      router: args.router,
      budget: args.budget,
    },
    stats: {
      procedures: procs.length,
      node: process.version,
      seconds: (Date.now() - t0) / 1000,
      rss_mb: Math.round(mem.rss / 1048576),
      heap_mb: Math.round(mem.heapUsed / 1048576),
      drizzle_one_relations: stats.one,
      drizzle_made_nullable: stats.nullable,
      drizzle_unresolved: stats.unknown,
      problems,
    },
    procedures,
  };
  process.stdout.write(JSON.stringify(doc, null, 1) + "\n");
}

try {
  main();
} catch (e) {
  process.stderr.write(`extract.js: ${e && e.message ? e.message : e}\n`);
  process.exit(2);
}
