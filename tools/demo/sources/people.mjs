// Patients, representatives, authorizations and the demo sign-in personas.
// Ages are as of the reference date 2026-11-01. All BSNs pass the 11-proof
// and are fictional; the generator refuses to run if one does not.

const sharedAddress = { line: ['Lindeboomgaard 12'], postalCode: '3532 KV', city: 'Utrecht' };

export const patients = [
  {
    id: 'sanne', given: 'Sanne', family: 'de Vries', gender: 'female', birthDate: '1985-03-14',
    bsn: '231456785', phone: '06-00 12 34 01', email: 'sanne.devries@example.nl',
    address: sharedAddress, gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
  },
  {
    id: 'noah', given: 'Noah', family: 'de Vries', gender: 'male', birthDate: '2018-06-03',
    bsn: '312084572', phone: '06-00 12 34 01', email: 'sanne.devries@example.nl',
    address: sharedAddress, gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
  },
  {
    id: 'emma', given: 'Emma', family: 'de Vries', gender: 'female', birthDate: '2012-02-19',
    bsn: '274193607', phone: '06-00 12 34 07', email: 'emma.devries@example.nl',
    address: sharedAddress, gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
  },
  {
    // Turned 16 twenty days before the reference date: parental access ended.
    id: 'lucas', given: 'Lucas', family: 'de Vries', gender: 'male', birthDate: '2010-10-12',
    bsn: '265830412', phone: '06-00 12 34 09', email: 'lucas.devries@example.nl',
    address: sharedAddress, gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
  },
  {
    // Turns 18 twenty-five days after the reference date.
    id: 'daan', given: 'Daan', family: 'de Vries', gender: 'male', birthDate: '2008-11-26',
    bsn: '248773021', phone: '06-00 12 34 01', email: 'sanne.devries@example.nl',
    address: sharedAddress, gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
  },
  {
    id: 'willem', given: 'Willem', family: 'Bakker', gender: 'male', birthDate: '1979-04-22',
    bsn: '195637288', phone: '06-00 98 76 54', email: 'w.bakker@example.nl',
    address: { line: ['Lijsterbeslaan 31'], postalCode: '3817 PK', city: 'Amersfoort' },
    gp: 'org-gp-eemhof', pharmacy: 'org-apotheek-soesterkwartier',
  },
];

/** People who act for a patient. Sanne and Emma are patients too. */
export const representatives = {
  sanne: { given: 'Sanne', family: 'de Vries', bsn: '231456785' },
  mark: { given: 'Mark', family: 'de Vries', bsn: '409261531' },
  peter: { given: 'Peter', family: 'Jansen', bsn: '158392061' },
  anja: { given: 'Anja', family: 'Bakker', bsn: '382649175' },
  ria: { given: 'Ria', family: 'Smit', bsn: '296715347' },
};

/**
 * Family relations (v3 RoleCode) and the portal's legal roles
 * (…/CodeSystem/authorization-role: parent, guardian, curator, mentor, authorized).
 */
export const relationCodes = {
  MTH: 'mother',
  FTH: 'father',
  SIS: 'sister',
  GUARD: 'guardian',
  HPOWATT: 'healthcare power of attorney',
};

export const authorizations = [
  { id: 'auth-sanne-noah', patient: 'noah', by: 'sanne', relation: 'MTH', role: 'parent', text: 'Moeder', start: '2018-07-02' },
  // Second parent; not a demo persona.
  { id: 'auth-mark-noah', patient: 'noah', by: 'mark', relation: 'FTH', role: 'parent', text: 'Vader', start: '2018-07-02' },
  // Emma is 14: her mother keeps access because Emma co-signed.
  { id: 'auth-sanne-emma', patient: 'emma', by: 'sanne', relation: 'MTH', role: 'parent', text: 'Moeder', start: '2024-03-04', childSigned: true },
  // Lucas co-signed at 12, so access lasted until his 16th birthday (2026-10-12);
  // no end date: the app works out that it ended.
  { id: 'auth-sanne-lucas', patient: 'lucas', by: 'sanne', relation: 'MTH', role: 'parent', text: 'Moeder', start: '2017-02-20', childSigned: true },
  // Daan cannot decide for himself: access lasts until 18 (2026-11-26).
  { id: 'auth-sanne-daan', patient: 'daan', by: 'sanne', relation: 'MTH', role: 'parent', text: 'Moeder', start: '2016-04-01', incapable: true },
  { id: 'auth-peter-willem', patient: 'willem', by: 'peter', relation: 'GUARD', role: 'curator', text: 'Curator', start: '2021-09-14' },
  {
    id: 'auth-anja-willem', patient: 'willem', by: 'anja', relation: 'SIS', role: 'authorized', text: 'Zus (gemachtigde)',
    start: '2019-06-03', end: '2021-09-14', active: false,
    revocationReason: 'Machtiging ingetrokken: sinds de curatele regelt de curator de zaken van de heer Bakker.',
  },
  // Starts in the future.
  { id: 'auth-ria-willem', patient: 'willem', by: 'ria', relation: 'HPOWATT', role: 'mentor', text: 'Mentor', start: '2027-01-15' },
];

/** Demo sign-in personas (public/demo/personas.json). */
export const personas = [
  {
    username: 'sanne', who: 'sanne',
    description: {
      nl: 'Patiënt, moeder van Noah, Emma, Lucas en Daan',
      en: 'Patient, mother of Noah, Emma, Lucas and Daan',
    },
  },
  {
    username: 'emma', who: 'emma',
    description: {
      nl: 'Patiënt van 14, ziet alleen haar eigen dossier',
      en: 'Patient aged 14, sees only her own record',
    },
  },
  {
    username: 'peter', who: 'peter',
    description: {
      nl: 'Geen patiënt; curator van Willem Bakker',
      en: 'Not a patient; curator of Willem Bakker',
    },
  },
];

/** The benchmark patient of `--results N` (never in the manifest). */
export const benchPatient = {
  id: 'bench', given: 'Bram', family: 'Benchmark', gender: 'male', birthDate: '1970-05-05',
  bsn: '334582192', phone: '06-00 55 55 01', email: 'bram.benchmark@example.nl',
  address: { line: ['Teststraat 1'], postalCode: '3500 AA', city: 'Utrecht' },
  gp: 'org-gp-oudegracht', pharmacy: 'org-apotheek-lombok',
};
