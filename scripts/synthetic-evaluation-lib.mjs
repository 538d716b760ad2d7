// Realistic synthetic evaluation events for a fictional trust, from a seed: the same seed gives the same
// events. Never real data. Used by synthetic-evaluation.mjs, the tests, the benchmark and the demo.

/** The fictional trust's dimensions file (docs/evaluation.md, "Host dimensions"). */
export const syntheticDimensions = {
  dimensions: {
    directorate: {
      values: ['Medicine', 'Surgery', 'Women and Children', 'Community', 'Estates and Facilities', 'Corporate'],
      headcount: { Medicine: 1850, Surgery: 1420, 'Women and Children': 760, Community: 980, 'Estates and Facilities': 410, Corporate: 45 },
    },
    staffGroup: { values: ['Nursing and Midwifery', 'Medical and Dental', 'Allied Health Professionals', 'Admin and Clerical', 'Estates and Ancillary'] },
  },
};

const topics = ['workload', 'breaksShifts', 'sleepEnergy', 'mood', 'physicalHealth', 'money', 'homeCaring', 'faithCulture', 'fairTreatment', 'adjustments', 'lifeStage', 'purpose', 'flexibleWorking', 'trustTopic'];
const topicWeights = [30, 18, 20, 22, 12, 10, 12, 3, 5, 6, 7, 8, 14, 4];
const services = ['crisis', 'staffPsychologicalSupport', 'practitionerHealth', 'occupationalHealth', 'talkingTherapies', 'mentalHealthFirstAiders', 'freedomToSpeakUp', 'staffNetworks', 'reasonableAdjustments', 'carersSupport', 'financialWellbeing', 'domesticAbuse', 'chaplaincy', 'tradeUnion', 'hrPolicies'];
const serviceWeights = [1, 12, 2, 14, 10, 6, 2, 4, 5, 4, 6, 1, 2, 2, 5];
// More conversations at the start of the appraisal year and fewer in August and December.
const monthWeights = [9, 10, 11, 10, 9, 8, 5, 9, 10, 9, 6, 8];

/** A small seeded generator (mulberry32): numbers in [0, 1). @param {number} seed */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, values, weights) => {
  const sum = weights.reduce((s, w) => s + w, 0);
  let x = r() * sum;
  for (let i = 0; i < values.length; i++) if ((x -= weights[i]) < 0) return values[i];
  return values[values.length - 1];
};

const some = (r, values, weights, mean) => {
  const chosen = new Set();
  const n = Math.min(values.length, Math.floor(r() * (2 * mean + 1)));
  for (let i = 0; i < n; i++) chosen.add(pick(r, values, weights));
  return [...chosen].sort();
};

/**
 * `n` synthetic lines (JSON), for a year starting in `year`-01. With `dimensions`, each line is
 * `{ payload, dimensions }` with the fictional trust's directorate and staff group.
 * @param {{ n: number, seed: number, year?: number, dimensions?: boolean }} options
 * @returns {Generator<string>}
 */
export function* syntheticLines({ n, seed, year = 2026, dimensions = false }) {
  const r = random(seed);
  const directorates = syntheticDimensions.dimensions.directorate.values;
  const groups = syntheticDimensions.dimensions.staffGroup.values;
  for (let i = 0; i < n; i++) {
    const month = `${year}-${String(pick(r, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], monthWeights)).padStart(2, '0')}`;
    let payload;
    if (r() < 0.12) payload = { schemaVersion: 1, month, outcome: 'declined' };
    else {
      const welsh = r() < 0.08;
      const adjustments = Math.floor(r() * 3);
      payload = {
        schemaVersion: 1, month, nation: r() < 0.9 ? 'england' : 'wales', language: welsh ? 'cy' : 'en-GB',
        ...(r() < 0.05 ? { staffLanguage: pick(r, ['pl', 'pt', 'ro', 'ml', 'fil', 'ur'], [3, 2, 2, 2, 3, 1]) } : {}),
        outcome: 'completed', stageReached: 'complete',
        topics: some(r, topics, topicWeights, 1.5), serviceCategories: some(r, services, serviceWeights, 0.8),
        counts: { actions: Math.floor(r() * 4), adjustments, adjustmentsAgreed: Math.floor(r() * (adjustments + 1)), reviewItems: r() < 0.3 ? 1 + Math.floor(r() * 3) : 0 },
        reviewDateSet: r() < 0.7, safetyOpened: r() < 0.04, durationBand: pick(r, ['<15m', '15-30m', '30-60m', '>60m'], [8, 30, 50, 12]),
      };
    }
    if (!dimensions) yield JSON.stringify(payload);
    else {
      const given = { directorate: pick(r, directorates, [30, 24, 13, 16, 7, 1]) };
      if (r() < 0.95) given.staffGroup = pick(r, groups, [40, 12, 15, 25, 8]);
      yield JSON.stringify({ payload, dimensions: given });
    }
  }
}
