import type { AgreedRecord } from '../src/record/record.types.js';

// A record as an HR portal stored it from last time's `wcg-complete` event, with something in every section. The
// person and the plan are fictional. The follow-up demo shows it, and the plan summary's tests read it.
export const storedRecord: AgreedRecord = {
  schemaVersion: 1,
  scriptVersion: '2026.11',
  outcome: 'completed',
  date: '2026-05-14',
  nation: 'england',
  language: 'en-GB',
  staffLanguage: 'cy',
  sections: ['review', 'summary', 'topics', 'whatHelps', 'actions', 'adjustments', 'services', 'reviewDate'],
  review: [{ id: 'p1', text: 'Ask the rota team about fewer runs of nights', status: 'done', note: 'No more than three nights in a row since March.' }],
  summary: 'Busy few months on the ward. Sleeping badly after nights, but glad to have the team.',
  topics: [
    { id: 'sleepEnergy', agreed: 'Tired after runs of nights, especially the drive home.' },
    { id: 'breaksShifts' },
    { id: 'travelToWork', agreed: 'Walking to the car park after a late finish feels unsafe in winter.' },
  ],
  whatHelps: {
    keepsWell: 'Walking the dog, and a proper break on long days.',
    earlySigns: 'Going quiet and skipping breaks.',
    ifWeNotice: 'Ask me privately how I am, not in front of the team.',
  },
  actions: [
    { id: 'a1', text: 'Book an occupational health appointment about sleep and shift work', owner: 'manager', due: '2026-06-01' },
    { id: 'a2', text: 'Try the staff support line for tips on sleeping after nights', owner: 'staff' },
    { id: 'a3', text: 'Check the late-finish shuttle times together', owner: 'both', due: '2026-05-28' },
  ],
  adjustments: [
    { id: 'j1', text: 'A protected 30-minute break on long days', status: 'agreed' },
    { id: 'j2', text: 'Parking permit close to the staff entrance', status: 'toExplore' },
    { id: 'j3', text: 'No night shifts at all', status: 'notPossible', reason: 'The ward needs everyone on the night rota; we agreed fewer runs of nights instead.' },
  ],
  services: [
    { id: 'eap', category: 'staffPsychologicalSupport', name: 'Employee Assistance Programme' },
    { id: 'occupational-health', category: 'occupationalHealth', name: 'Occupational Health' },
  ],
  reviewDate: '2026-11-20',
};

// What a damaged row in the portal's database might look like: a hand edit gone wrong.
export const damagedRecord = { ...storedRecord, outcome: 'finished', date: '20/11/2026', actions: [{ id: 'a1', text: 'Book OH', owner: 'the boss' }] };
