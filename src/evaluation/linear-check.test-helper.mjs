// Independent checks that a hidden cell cannot be worked out, for the suppression tests. Nothing here uses
// suppress.js: a rank test over exact integers (is the cell a linear combination of published numbers?) and
// a search for another non-negative integer table that agrees with every published number.

/** Rank of an integer matrix, by fraction-free elimination in BigInt (exact). @param {bigint[][]} m */
export function rank(m) {
  const a = m.map((row) => [...row]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  let prev = 1n;
  for (let c = 0; c < cols && r < a.length; c++) {
    let p = a.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p], a[r]];
    for (let i = r + 1; i < a.length; i++) {
      for (let j = c + 1; j < cols; j++) a[i][j] = (a[r][c] * a[i][j] - a[i][c] * a[r][j]) / prev;
      a[i][c] = 0n;
    }
    prev = a[r][c];
    r++;
  }
  return r;
}

/**
 * True when hidden variable `h` is a linear combination of published numbers: every solution of the
 * equations, restricted to the hidden variables, has the same value at h. `equations` are lists of
 * `[variable, coefficient]`; `hidden` the hidden variables.
 * @param {[string, number][][]} equations  @param {string[]} hidden  @param {string} h
 */
export function isDetermined(equations, hidden, h) {
  const index = new Map(hidden.map((v, i) => [v, i]));
  const rows = equations
    .map((eq) => {
      const row = hidden.map(() => 0n);
      for (const [v, k] of eq) if (index.has(v)) row[index.get(v)] += BigInt(k);
      return row;
    })
    .filter((row) => row.some((x) => x !== 0n));
  if (rows.length === 0) return false;
  const without = rows.map((row) => row.filter((_, i) => i !== index.get(h)));
  // h is determined exactly when removing its column lowers the rank (the unit vector at h is in the row space).
  return rank(rows) > (without[0].length === 0 ? 0 : rank(without));
}

/**
 * The equations of an extended grid (last row the column totals; with rowTotals, last column the row totals),
 * with variables named `${name}|${row}|${col}` unless `alias` renames one.
 * @param {number} rows  @param {number} cols  @param {boolean} rowTotals  @param {(a: number, b: number) => string} id
 * @returns {[string, number][][]}
 */
export function gridEquations(rows, cols, rowTotals, id) {
  const eqs = [];
  const inner = rowTotals ? cols - 1 : cols;
  for (let b = 0; b < cols; b++) eqs.push([...Array.from({ length: rows - 1 }, (_, a) => [id(a, b), 1]), [id(rows - 1, b), -1]]);
  if (rowTotals) for (let a = 0; a < rows; a++) eqs.push([...Array.from({ length: inner }, (_, b) => [id(a, b), 1]), [id(a, cols - 1), -1]]);
  return eqs;
}

/**
 * Another non-negative integer grid that agrees with every published cell and every equation but differs at
 * (ha, hb), found by searching changes of -1, 0 or +1 to the hidden cells; undefined when there is none.
 * @param {number[][]} grid  @param {boolean[][]} hidden  @param {boolean} rowTotals  @param {number} ha  @param {number} hb
 */
export function alternativeGrid(grid, hidden, rowTotals, ha, hb) {
  const cells = [];
  grid.forEach((row, a) => row.forEach((_, b) => hidden[a][b] && cells.push([a, b])));
  const eqs = gridEquations(grid.length, grid[0].length, rowTotals, (a, b) => `${a},${b}`);
  const pos = new Map(cells.map(([a, b], i) => [`${a},${b}`, i]));
  const d = cells.map(() => 0);
  // An equation can be checked once its last hidden cell has a change.
  const lastOf = eqs.map((eq) => Math.max(-1, ...eq.map(([v]) => pos.get(v) ?? -1)));
  const checksAt = cells.map((_, i) => eqs.filter((_, e) => lastOf[e] === i));
  const target = pos.get(`${ha},${hb}`);
  const search = (i) => {
    if (i === cells.length) return d[target] !== 0;
    const [a, b] = cells[i];
    for (const step of [1, -1, 0]) {
      if (grid[a][b] + step < 0) continue;
      d[i] = step;
      const ok = checksAt[i].every((eq) => eq.reduce((s, [v, k]) => s + k * (pos.has(v) ? d[pos.get(v)] : 0), 0) === 0);
      if (ok && search(i + 1)) return true;
    }
    d[i] = 0;
    return false;
  };
  if (!search(0)) return undefined;
  return grid.map((row, a) => row.map((n, b) => (hidden[a][b] ? n + d[pos.get(`${a},${b}`)] : n)));
}
