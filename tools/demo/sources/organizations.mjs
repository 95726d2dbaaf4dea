// Organizations, locations, specialisms (HealthcareService), practitioners.
// Everything here is fictional: names, addresses and phone numbers (Dutch
// subscriber numbers never start with 0, so "030 000 …" cannot exist).
//
// To add a practitioner: add a line to `practitioners`; the generator makes
// the Practitioner and a PractitionerRole `role-<slug>` for it.

/** Organization kinds (code system …/CodeSystem/organization-kind). */
export const organizationKinds = {
  hospital: 'Ziekenhuis',
  department: 'Afdeling',
  laboratory: 'Laboratorium',
  gp: 'Huisartsenpraktijk',
  pharmacy: 'Apotheek',
};

export const organizations = [
  {
    id: 'org-linde',
    kind: 'hospital',
    name: 'Ziekenhuis De Linde',
    phone: '030 000 1000',
    email: 'info@delinde.example.nl',
    address: { line: ['Lindeplein 1'], postalCode: '3584 ZX', city: 'Utrecht' },
  },
  {
    id: 'org-linde-kinder',
    kind: 'hospital',
    name: 'Kinderziekenhuis De Linde',
    partOf: 'org-linde',
    phone: '030 000 2000',
    address: { line: ['Lindeplein 3'], postalCode: '3584 ZX', city: 'Utrecht' },
  },
  {
    id: 'org-linde-lab',
    kind: 'laboratory',
    name: 'Klinisch Chemisch Laboratorium De Linde',
    partOf: 'org-linde',
    phone: '030 000 1090',
    address: { line: ['Lindeplein 1'], postalCode: '3584 ZX', city: 'Utrecht' },
  },
  {
    // The portal hides this organization's appointments (public/config.json
    // lists it); the agenda only says that appointments exist elsewhere.
    id: 'org-kocz',
    kind: 'hospital',
    name: 'Kinderoncologisch Centrum Zuid',
    phone: '013 000 4400',
    address: { line: ['Zuiderpark 100'], postalCode: '5037 AA', city: 'Tilburg' },
  },
  {
    id: 'org-gp-oudegracht',
    kind: 'gp',
    name: 'Huisartsenpraktijk Oudegracht',
    phone: '030 000 3311',
    address: { line: ['Oudegracht 301'], postalCode: '3511 PB', city: 'Utrecht' },
  },
  {
    id: 'org-gp-eemhof',
    kind: 'gp',
    name: 'Huisartsenpraktijk De Eemhof',
    phone: '033 000 5120',
    address: { line: ['Eemhof 4'], postalCode: '3811 KL', city: 'Amersfoort' },
  },
  {
    id: 'org-apotheek-lombok',
    kind: 'pharmacy',
    name: 'Apotheek Lombok',
    phone: '030 000 3380',
    address: { line: ['Kanaalstraat 88'], postalCode: '3531 CK', city: 'Utrecht' },
  },
  {
    id: 'org-apotheek-soesterkwartier',
    kind: 'pharmacy',
    name: 'Apotheek Soesterkwartier',
    phone: '033 000 5190',
    address: { line: ['Soesterweg 210'], postalCode: '3812 BK', city: 'Amersfoort' },
  },
];

export const locations = [
  { id: 'loc-linde-poli-a', name: 'Polikliniek A (route 12), Ziekenhuis De Linde', org: 'org-linde', phone: '030 000 1012' },
  { id: 'loc-linde-poli-b', name: 'Polikliniek B (route 20), Ziekenhuis De Linde', org: 'org-linde', phone: '030 000 1020' },
  { id: 'loc-linde-kinderpoli', name: 'Kinderpoli (route 40), Kinderziekenhuis De Linde', org: 'org-linde-kinder', phone: '030 000 2040' },
  { id: 'loc-linde-longfunctie', name: 'Longfunctieafdeling (route 44), Kinderziekenhuis De Linde', org: 'org-linde-kinder', phone: '030 000 2044' },
  { id: 'loc-linde-radiologie', name: 'Radiologie (route 30), Ziekenhuis De Linde', org: 'org-linde', phone: '030 000 1030' },
  { id: 'loc-linde-bloedafname', name: 'Bloedafname (route 8), Ziekenhuis De Linde', org: 'org-linde', phone: '030 000 1008' },
  { id: 'loc-linde-revalidatie', name: 'Revalidatiecentrum De Linde (route 60)', org: 'org-linde', phone: '030 000 1060' },
  { id: 'loc-linde-seh', name: 'Spoedeisende Hulp, Ziekenhuis De Linde', org: 'org-linde', phone: '030 000 1111' },
  // Locations of the hidden organization (managingOrganization = org-kocz).
  { id: 'loc-kocz-poli', name: 'Polikliniek Kinderoncologie, Kinderoncologisch Centrum Zuid', org: 'org-kocz', phone: '013 000 4410' },
  { id: 'loc-kocz-beeldvorming', name: 'MRI-centrum, Kinderoncologisch Centrum Zuid', org: 'org-kocz', phone: '013 000 4420' },
];

/**
 * Specialisms. `snomed` only where SNOMED CT has an exact clinical specialty;
 * every specialism also carries the portal's own code (= the id without "svc-").
 */
export const services = [
  { id: 'svc-kindergeneeskunde', name: 'Kindergeneeskunde', org: 'org-linde-kinder', location: 'loc-linde-kinderpoli', snomed: ['394537008', 'Pediatric specialty'], phone: '030 000 2100' },
  { id: 'svc-kinderlongziekten', name: 'Kinderlongziekten', org: 'org-linde-kinder', location: 'loc-linde-kinderpoli', phone: '030 000 2110' },
  { id: 'svc-kinderneurologie', name: 'Kinderneurologie', org: 'org-linde-kinder', location: 'loc-linde-kinderpoli', phone: '030 000 2120' },
  { id: 'svc-kinderdermatologie', name: 'Kinderdermatologie', org: 'org-linde-kinder', location: 'loc-linde-kinderpoli', phone: '030 000 2130' },
  { id: 'svc-kinderpsychiatrie', name: 'Kinder- en jeugdpsychiatrie', org: 'org-linde-kinder', location: 'loc-linde-kinderpoli', snomed: ['394588006', 'Pediatric (Child and adolescent) psychiatry'], phone: '030 000 2140' },
  { id: 'svc-kno', name: 'KNO', org: 'org-linde', location: 'loc-linde-poli-b', snomed: ['394604002', 'Ear, nose and throat surgery'], phone: '030 000 1140' },
  { id: 'svc-interne-geneeskunde', name: 'Interne geneeskunde', org: 'org-linde', location: 'loc-linde-poli-a', snomed: ['419192003', 'Internal medicine'], phone: '030 000 1150' },
  { id: 'svc-cardiologie', name: 'Cardiologie', org: 'org-linde', location: 'loc-linde-poli-a', snomed: ['394579002', 'Cardiology'], phone: '030 000 1160' },
  { id: 'svc-dermatologie', name: 'Dermatologie', org: 'org-linde', location: 'loc-linde-poli-b', snomed: ['394582007', 'Dermatology'], phone: '030 000 1170' },
  { id: 'svc-psychiatrie', name: 'Psychiatrie', org: 'org-linde', location: 'loc-linde-poli-b', snomed: ['394587001', 'Psychiatry'], phone: '030 000 1180' },
  { id: 'svc-orthopedie', name: 'Orthopedie', org: 'org-linde', location: 'loc-linde-poli-b', snomed: ['394801008', 'Trauma and orthopedics'], phone: '030 000 1190' },
  { id: 'svc-sportgeneeskunde', name: 'Sportgeneeskunde', org: 'org-linde', location: 'loc-linde-revalidatie', phone: '030 000 1195' },
  { id: 'svc-revalidatie', name: 'Revalidatie', org: 'org-linde', location: 'loc-linde-revalidatie', snomed: ['394602003', 'Rehabilitation'], phone: '030 000 1060' },
  { id: 'svc-gynaecologie', name: 'Gynaecologie en verloskunde', org: 'org-linde', location: 'loc-linde-poli-a', snomed: ['394586005', 'Gynecology'], phone: '030 000 1200' },
  { id: 'svc-oogheelkunde', name: 'Oogheelkunde', org: 'org-linde', location: 'loc-linde-poli-b', snomed: ['394594003', 'Ophthalmology'], phone: '030 000 1210' },
  { id: 'svc-spoedeisende-hulp', name: 'Spoedeisende Hulp', org: 'org-linde', location: 'loc-linde-seh', snomed: ['394576009', 'Accident & emergency'], phone: '030 000 1111' },
  { id: 'svc-radiologie', name: 'Radiologie', org: 'org-linde', location: 'loc-linde-radiologie', snomed: ['394914008', 'Radiology'], phone: '030 000 1030' },
  { id: 'svc-kinderoncologie', name: 'Kinderoncologie', org: 'org-kocz', location: 'loc-kocz-poli', phone: '013 000 4410' },
];

/**
 * Practitioners: `title` is what follows the name in a display
 * ("Dr. M. de Groot, kinderlongarts"); `service` is the specialism
 * (null for GPs); `org` where they work.
 */
export const practitioners = [
  { id: 'prac-visser', prefix: 'Dr.', given: 'Anouk', family: 'Visser', gender: 'female', title: 'kinderarts', service: 'svc-kindergeneeskunde', org: 'org-linde-kinder' },
  { id: 'prac-degroot', prefix: 'Dr.', given: 'Maarten', family: 'de Groot', gender: 'male', title: 'kinderlongarts', service: 'svc-kinderlongziekten', org: 'org-linde-kinder' },
  { id: 'prac-bouzid', given: 'Nadia', family: 'Bouzid', gender: 'female', title: 'verpleegkundig specialist astma', service: 'svc-kinderlongziekten', org: 'org-linde-kinder' },
  { id: 'prac-meijer', prefix: 'Dr.', given: 'Sophie', family: 'Meijer', gender: 'female', title: 'kinderneuroloog', service: 'svc-kinderneurologie', org: 'org-linde-kinder' },
  { id: 'prac-vandam', prefix: 'Dr.', given: 'Lotte', family: 'van Dam', gender: 'female', title: 'dermatoloog', service: 'svc-kinderdermatologie', org: 'org-linde-kinder' },
  { id: 'prac-hoekstra', prefix: 'Dr.', given: 'Rutger', family: 'Hoekstra', gender: 'male', title: 'kinder- en jeugdpsychiater', service: 'svc-kinderpsychiatrie', org: 'org-linde-kinder' },
  { id: 'prac-verbeek', prefix: 'Dr.', given: 'Joost', family: 'Verbeek', gender: 'male', title: 'KNO-arts', service: 'svc-kno', org: 'org-linde' },
  { id: 'prac-mulder', prefix: 'Dr.', given: 'Hanna', family: 'Mulder', gender: 'female', title: 'internist', service: 'svc-interne-geneeskunde', org: 'org-linde' },
  { id: 'prac-koster', given: 'Marieke', family: 'Koster', gender: 'female', title: 'diabetesverpleegkundige', service: 'svc-interne-geneeskunde', org: 'org-linde' },
  { id: 'prac-dijkstra', prefix: 'Dr.', given: 'Wouter', family: 'Dijkstra', gender: 'male', title: 'internist', service: 'svc-interne-geneeskunde', org: 'org-linde' },
  { id: 'prac-kuipers', prefix: 'Dr.', given: 'Pieter', family: 'Kuipers', gender: 'male', title: 'cardioloog', service: 'svc-cardiologie', org: 'org-linde' },
  { id: 'prac-elamrani', prefix: 'Dr.', given: 'Fatima', family: 'El Amrani', gender: 'female', title: 'dermatoloog', service: 'svc-dermatologie', org: 'org-linde' },
  { id: 'prac-schouten', prefix: 'Dr.', given: 'Carla', family: 'Schouten', gender: 'female', title: 'psychiater', service: 'svc-psychiatrie', org: 'org-linde' },
  { id: 'prac-prins', prefix: 'Dr.', given: 'Johan', family: 'Prins', gender: 'male', title: 'psychiater', service: 'svc-psychiatrie', org: 'org-linde' },
  { id: 'prac-bos', prefix: 'Dr.', given: 'Thomas', family: 'Bos', gender: 'male', title: 'orthopedisch chirurg', service: 'svc-orthopedie', org: 'org-linde' },
  { id: 'prac-vanleeuwen', prefix: 'Dr.', given: 'Kees', family: 'van Leeuwen', gender: 'male', title: 'sportarts', service: 'svc-sportgeneeskunde', org: 'org-linde' },
  { id: 'prac-brouwer', prefix: 'Dr.', given: 'Iris', family: 'Brouwer', gender: 'female', title: 'revalidatiearts', service: 'svc-revalidatie', org: 'org-linde' },
  { id: 'prac-smeets', prefix: 'Dr.', given: 'Esther', family: 'Smeets', gender: 'female', title: 'gynaecoloog', service: 'svc-gynaecologie', org: 'org-linde' },
  { id: 'prac-kok', prefix: 'Dr.', given: 'Arjen', family: 'Kok', gender: 'male', title: 'oogarts', service: 'svc-oogheelkunde', org: 'org-linde' },
  { id: 'prac-yilmaz', prefix: 'Dr.', given: 'Orhan', family: 'Yilmaz', gender: 'male', title: 'SEH-arts', service: 'svc-spoedeisende-hulp', org: 'org-linde' },
  { id: 'prac-willems', prefix: 'Dr.', given: 'Bas', family: 'Willems', gender: 'male', title: 'radioloog', service: 'svc-radiologie', org: 'org-linde' },
  { id: 'prac-dekker', prefix: 'Dr.', given: 'Yvonne', family: 'Dekker', gender: 'female', title: 'kinderoncoloog', service: 'svc-kinderoncologie', org: 'org-kocz' },
  { id: 'prac-hendriks', prefix: 'Dr.', given: 'Gerrit', family: 'Hendriks', gender: 'male', title: 'huisarts', service: null, org: 'org-gp-oudegracht' },
  { id: 'prac-vos', prefix: 'Dr.', given: 'Dirk', family: 'Vos', gender: 'male', title: 'huisarts', service: null, org: 'org-gp-eemhof' },
];

/** Specialty of GPs (no HealthcareService of their own). */
export const generalPractice = { code: 'huisartsgeneeskunde', name: 'Huisartsgeneeskunde', snomed: ['394814009', 'General practice'] };
