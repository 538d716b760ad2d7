-- Wellbeing Conversation Guide: the evaluation aggregation and suppression in plain SQL.
--
-- The same numbers as src/evaluation/ (the JavaScript the report and the command line use), for a warehouse.
-- Written in the SQL that DuckDB and Spark SQL both run unchanged: common table expressions, joins, GROUP BY,
-- ROW_NUMBER() and CASE; no recursion, no arrays, no engine-specific functions. docs/evaluation.md explains
-- the rules; src/evaluation/evaluation-sql.test.mjs runs this file in DuckDB and requires identical numbers.
--
-- Input: the valid events, already checked against the schema and flattened into four tables
-- (docs/evaluation.md, "The SQL", shows how to load them):
--   wcg_events(event_id, month, outcome, nation, language, duration_band, actions, review_items,
--              review_date_set, safety_opened)       one row an event; declined events have only month and outcome
--   wcg_event_topics(event_id, topic)                 one row per topic of a completed event
--   wcg_event_services(event_id, category)            one row per service category of a completed event
--   wcg_event_dimensions(event_id, dimension, value)  the host's declared dimensions, as stored beside each event
--   wcg_dimension_values(dimension, value)            every declared value of every dimension, and 'notRecorded'
--
-- Output: one row per published number: tbl, r (month or 'total'), c (category or 'total'), value (NULL when
-- hidden). Each table is a grid: a row per month, a 'total' row and, where its rows add up (each completed
-- conversation has one nation), a 'total' column. Suppression: every count from 1 to 4 is hidden, and for each
-- one the smallest other non-zero cell in its row, the smallest in its column (ties: the first key in binary
-- order) and the cell where they cross. A partner is a total only when the row or column has no other non-zero
-- cell. The outcome table is suppressed first; the breakdowns then cover only the months whose own total is
-- published. A host dimension's table is withheld when more than half of its non-zero inner cells are hidden.

WITH
months AS (SELECT DISTINCT month FROM wcg_events),

-- Stage 1: conversations by outcome, all months.
outcome_keys AS (SELECT 'completed' AS c UNION ALL SELECT 'declined' AS c),
g1_inner AS (
  SELECT 'outcome' AS tbl, m.month AS r, k.c, COUNT(e.event_id) AS n
  FROM months m CROSS JOIN outcome_keys k LEFT JOIN wcg_events e ON e.month = m.month AND e.outcome = k.c
  GROUP BY m.month, k.c
),
g1_rows AS (SELECT tbl, r, c, n FROM g1_inner UNION ALL SELECT tbl, r, 'total' AS c, SUM(n) AS n FROM g1_inner GROUP BY tbl, r),
g1 AS (SELECT tbl, r, c, n, TRUE AS rt FROM g1_rows UNION ALL SELECT tbl, 'total' AS r, c, SUM(n) AS n, TRUE AS rt FROM g1_rows GROUP BY tbl, c),
p1 AS (SELECT tbl, r, c, rt FROM g1 WHERE n BETWEEN 1 AND 4),
p1_col AS (
  SELECT tbl, r, c, r2 FROM (
    SELECT p.tbl, p.r, p.c, g.r AS r2, ROW_NUMBER() OVER (PARTITION BY p.tbl, p.r, p.c ORDER BY g.n, g.r) AS k
    FROM p1 p JOIN g1 g ON g.tbl = p.tbl AND g.c = p.c AND g.r <> p.r AND g.r <> 'total' AND g.n > 0
  ) x WHERE k = 1
),
p1_row AS (
  SELECT tbl, r, c, c2 FROM (
    SELECT p.tbl, p.r, p.c, g.c AS c2, ROW_NUMBER() OVER (PARTITION BY p.tbl, p.r, p.c ORDER BY g.n, g.c) AS k
    FROM p1 p JOIN g1 g ON g.tbl = p.tbl AND g.r = p.r AND g.c <> p.c AND g.c <> 'total' AND g.n > 0
  ) x WHERE k = 1
),
p1_rect AS (
  SELECT p.tbl, p.r, p.c,
    COALESCE(col.r2, CASE WHEN p.r <> 'total' THEN 'total' END) AS r2,
    CASE WHEN p.rt THEN COALESCE(row_.c2, CASE WHEN p.c <> 'total' THEN 'total' END) END AS c2
  FROM p1 p
  LEFT JOIN p1_col col ON col.tbl = p.tbl AND col.r = p.r AND col.c = p.c
  LEFT JOIN p1_row row_ ON row_.tbl = p.tbl AND row_.r = p.r AND row_.c = p.c
),
h1 AS (
  SELECT tbl, r, c FROM p1_rect
  UNION SELECT tbl, r2, c FROM p1_rect WHERE r2 IS NOT NULL
  UNION SELECT tbl, r, c2 FROM p1_rect WHERE c2 IS NOT NULL
  UNION SELECT tbl, r2, c2 FROM p1_rect WHERE r2 IS NOT NULL AND c2 IS NOT NULL
),
published1 AS (
  SELECT g.tbl, g.r, g.c, CASE WHEN h.tbl IS NULL THEN g.n END AS value
  FROM g1 g LEFT JOIN h1 h ON h.tbl = g.tbl AND h.r = g.r AND h.c = g.c
),
completed_months AS (SELECT r AS month FROM published1 WHERE c = 'completed' AND r <> 'total' AND value IS NOT NULL),
all_months AS (SELECT r AS month FROM published1 WHERE c = 'total' AND r <> 'total' AND value IS NOT NULL),

-- Stage 2: the breakdowns. Completed events of the months whose completed count is published.
done AS (SELECT e.* FROM wcg_events e JOIN completed_months m ON m.month = e.month WHERE e.outcome = 'completed'),
nation_keys AS (SELECT 'england' AS c UNION ALL SELECT 'northern-ireland' UNION ALL SELECT 'scotland' UNION ALL SELECT 'wales'),
duration_keys AS (SELECT '15-30m' AS c UNION ALL SELECT '30-60m' UNION ALL SELECT '<15m' UNION ALL SELECT '>60m'),
indicator_keys AS (SELECT 'followUp' AS c UNION ALL SELECT 'reviewDateSet' UNION ALL SELECT 'safetyOpened'),
-- tbl, c, event_id: one row for each event counted in a cell; rt says whether the table's rows add up.
member AS (
  SELECT 'nation' AS tbl, nation AS c, event_id FROM done
  UNION ALL SELECT 'language', language, event_id FROM done
  UNION ALL SELECT 'durationBand', duration_band, event_id FROM done
  UNION ALL SELECT 'topics', t.topic, d.event_id FROM done d JOIN wcg_event_topics t ON t.event_id = d.event_id
  UNION ALL SELECT 'serviceCategories', s.category, d.event_id FROM done d JOIN wcg_event_services s ON s.event_id = d.event_id
  UNION ALL SELECT 'indicators', 'followUp', event_id FROM done WHERE review_items > 0
  UNION ALL SELECT 'indicators', 'reviewDateSet', event_id FROM done WHERE review_date_set
  UNION ALL SELECT 'indicators', 'safetyOpened', event_id FROM done WHERE safety_opened
),
member_counts AS (SELECT m.tbl, e.month AS r, m.c, COUNT(*) AS n FROM member m JOIN wcg_events e ON e.event_id = m.event_id GROUP BY m.tbl, e.month, m.c),
-- Every table's columns: fixed lists in full, open lists (languages, topics, services) as seen.
table_keys AS (
  SELECT 'nation' AS tbl, c, TRUE AS rt, 'completed' AS rows_from FROM nation_keys
  UNION ALL SELECT 'durationBand', c, TRUE, 'completed' FROM duration_keys
  UNION ALL SELECT 'indicators', c, FALSE, 'completed' FROM indicator_keys
  UNION ALL SELECT DISTINCT 'language', c, TRUE, 'completed' FROM member WHERE tbl = 'language'
  UNION ALL SELECT DISTINCT 'topics', c, FALSE, 'completed' FROM member WHERE tbl = 'topics'
  UNION ALL SELECT DISTINCT 'serviceCategories', c, FALSE, 'completed' FROM member WHERE tbl = 'serviceCategories'
  UNION ALL SELECT CONCAT('dimension:', dimension), value, TRUE, 'all' FROM wcg_dimension_values
),
-- A host dimension counts every conversation of a published month; no value given counts as notRecorded.
dimension_counts AS (
  SELECT CONCAT('dimension:', v.dimension) AS tbl, e.month AS r, COALESCE(d.value, 'notRecorded') AS c, COUNT(*) AS n
  FROM wcg_events e
  JOIN all_months m ON m.month = e.month
  CROSS JOIN (SELECT DISTINCT dimension FROM wcg_dimension_values) v
  LEFT JOIN wcg_event_dimensions d ON d.event_id = e.event_id AND d.dimension = v.dimension
  GROUP BY v.dimension, e.month, COALESCE(d.value, 'notRecorded')
),
g2_inner AS (
  SELECT k.tbl, m.month AS r, k.c, COALESCE(mc.n, dc.n, 0) AS n, k.rt
  FROM table_keys k
  JOIN (SELECT month, 'completed' AS rows_from FROM completed_months UNION ALL SELECT month, 'all' FROM all_months) m ON m.rows_from = k.rows_from
  LEFT JOIN member_counts mc ON mc.tbl = k.tbl AND mc.r = m.month AND mc.c = k.c
  LEFT JOIN dimension_counts dc ON dc.tbl = k.tbl AND dc.r = m.month AND dc.c = k.c
),
g2_rows AS (
  SELECT tbl, r, c, n, rt FROM g2_inner
  UNION ALL SELECT tbl, r, 'total' AS c, SUM(n) AS n, rt FROM g2_inner WHERE rt GROUP BY tbl, r, rt
),
g2 AS (
  SELECT tbl, r, c, n, rt FROM g2_rows
  UNION ALL SELECT k.tbl, 'total' AS r, k.c, COALESCE(SUM(g.n), 0) AS n, k.rt
  FROM (SELECT tbl, c, rt FROM table_keys UNION ALL SELECT DISTINCT tbl, 'total', rt FROM table_keys WHERE rt) k
  LEFT JOIN g2_rows g ON g.tbl = k.tbl AND g.c = k.c
  GROUP BY k.tbl, k.c, k.rt
),
p2 AS (SELECT tbl, r, c, rt FROM g2 WHERE n BETWEEN 1 AND 4),
p2_col AS (
  SELECT tbl, r, c, r2 FROM (
    SELECT p.tbl, p.r, p.c, g.r AS r2, ROW_NUMBER() OVER (PARTITION BY p.tbl, p.r, p.c ORDER BY g.n, g.r) AS k
    FROM p2 p JOIN g2 g ON g.tbl = p.tbl AND g.c = p.c AND g.r <> p.r AND g.r <> 'total' AND g.n > 0
  ) x WHERE k = 1
),
p2_row AS (
  SELECT tbl, r, c, c2 FROM (
    SELECT p.tbl, p.r, p.c, g.c AS c2, ROW_NUMBER() OVER (PARTITION BY p.tbl, p.r, p.c ORDER BY g.n, g.c) AS k
    FROM p2 p JOIN g2 g ON g.tbl = p.tbl AND g.r = p.r AND g.c <> p.c AND g.c <> 'total' AND g.n > 0
  ) x WHERE k = 1
),
p2_rect AS (
  SELECT p.tbl, p.r, p.c,
    COALESCE(col.r2, CASE WHEN p.r <> 'total' THEN 'total' END) AS r2,
    CASE WHEN p.rt THEN COALESCE(row_.c2, CASE WHEN p.c <> 'total' THEN 'total' END) END AS c2
  FROM p2 p
  LEFT JOIN p2_col col ON col.tbl = p.tbl AND col.r = p.r AND col.c = p.c
  LEFT JOIN p2_row row_ ON row_.tbl = p.tbl AND row_.r = p.r AND row_.c = p.c
),
h2 AS (
  SELECT tbl, r, c FROM p2_rect
  UNION SELECT tbl, r2, c FROM p2_rect WHERE r2 IS NOT NULL
  UNION SELECT tbl, r, c2 FROM p2_rect WHERE c2 IS NOT NULL
  UNION SELECT tbl, r2, c2 FROM p2_rect WHERE r2 IS NOT NULL AND c2 IS NOT NULL
),
published2 AS (
  SELECT g.tbl, g.r, g.c, g.n, g.rt, CASE WHEN h.tbl IS NULL THEN g.n END AS value
  FROM g2 g LEFT JOIN h2 h ON h.tbl = g.tbl AND h.r = g.r AND h.c = g.c
),
-- A host dimension's breakdown with more than half of its non-zero inner cells hidden is withheld.
withheld AS (
  SELECT tbl FROM published2
  WHERE tbl LIKE 'dimension:%' AND r <> 'total' AND c <> 'total'
  GROUP BY tbl
  HAVING 2 * SUM(CASE WHEN value IS NULL THEN 1 ELSE 0 END) > SUM(CASE WHEN n <> 0 THEN 1 ELSE 0 END)
),
-- The mean number of actions per completed conversation, in tenths, rounded half up, in whole numbers.
mean_actions AS (
  SELECT 'meanActionsTenths' AS tbl, m.month AS r, 'mean' AS c,
    CASE WHEN COUNT(d.event_id) > 0
      THEN CAST(FLOOR((20 * SUM(d.actions) + COUNT(d.event_id)) / (2.0 * COUNT(d.event_id))) AS BIGINT) END AS value
  FROM completed_months m LEFT JOIN done d ON d.month = m.month
  GROUP BY m.month
)
SELECT tbl, r, c, value FROM published1
UNION ALL SELECT tbl, r, c, value FROM published2 WHERE tbl NOT IN (SELECT tbl FROM withheld)
UNION ALL SELECT tbl, r, c, value FROM mean_actions
ORDER BY tbl, r, c
