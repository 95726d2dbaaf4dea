// Catalogue of measurements (vital signs) and laboratory tests: LOINC code,
// Dutch name, unit, reference range, decimals. Patient files refer to these
// by key ("hb", "kreatinine", …).
//
// `range(p)` gets { child: bool, sex: 'female'|'male', age } and returns
// [low, high] (null for an open end). `sd` is the day-to-day noise used when
// the generator draws a series. `critical` = [LL, HH] limits, if any.

export const vitals = {
  weight: { loinc: '29463-7', display: 'Body weight', text: 'Gewicht', unit: 'kg', ucum: 'kg', decimals: 1 },
  height: { loinc: '8302-2', display: 'Body height', text: 'Lengte', unit: 'cm', ucum: 'cm', decimals: 1 },
  bmi: { loinc: '39156-5', display: 'Body mass index (BMI) [Ratio]', text: 'BMI', unit: 'kg/m²', ucum: 'kg/m2', decimals: 1 },
  bloodPressure: {
    loinc: '85354-9', display: 'Blood pressure panel with all children optional', text: 'Bloeddruk',
    systolic: { loinc: '8480-6', display: 'Systolic blood pressure', text: 'Systolische bloeddruk' },
    diastolic: { loinc: '8462-4', display: 'Diastolic blood pressure', text: 'Diastolische bloeddruk' },
    unit: 'mmHg', ucum: 'mm[Hg]', decimals: 0,
  },
  heartRate: { loinc: '8867-4', display: 'Heart rate', text: 'Hartfrequentie', unit: 'slagen/min', ucum: '/min', decimals: 0 },
  temperature: { loinc: '8310-5', display: 'Body temperature', text: 'Temperatuur', unit: '°C', ucum: 'Cel', decimals: 1 },
  saturation: { loinc: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry', text: 'Saturatie', unit: '%', ucum: '%', decimals: 0 },
};

const bySex = (female, male) => (p) => (p.sex === 'female' ? female : male);

export const labTests = {
  hb: {
    loinc: '59260-0', display: 'Hemoglobin [Moles/volume] in Blood', text: 'Hemoglobine (Hb)', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.2,
    range: (p) => (p.age < 12 ? [6.8, 8.7] : p.child ? (p.sex === 'female' ? [7.2, 9.2] : [7.8, 9.8]) : p.sex === 'female' ? [7.5, 10.0] : [8.5, 11.0]),
    critical: [4.5, 12.5],
  },
  leuko: { loinc: '6690-2', display: 'Leukocytes [#/volume] in Blood by Automated count', text: 'Leukocyten', unit: '10^9/L', ucum: '10*9/L', decimals: 1, sd: 0.8, range: (p) => (p.age < 12 ? [5.0, 14.5] : [4.0, 10.0]) },
  trombo: { loinc: '777-3', display: 'Platelets [#/volume] in Blood by Automated count', text: 'Trombocyten', unit: '10^9/L', ucum: '10*9/L', decimals: 0, sd: 18, range: () => [150, 400] },
  eos: { loinc: '711-2', display: 'Eosinophils [#/volume] in Blood by Automated count', text: 'Eosinofiele granulocyten', unit: '10^9/L', ucum: '10*9/L', decimals: 2, sd: 0.06, range: () => [0.0, 0.5] },
  crp: { loinc: '1988-5', display: 'C reactive protein [Mass/volume] in Serum or Plasma', text: 'CRP', unit: 'mg/L', ucum: 'mg/L', decimals: 0, sd: 1, range: () => [null, 10] },
  bse: { loinc: '4537-7', display: 'Erythrocyte sedimentation rate by Westergren method', text: 'BSE (bezinking)', unit: 'mm/uur', ucum: 'mm/h', decimals: 0, sd: 2, range: bySex([null, 20], [null, 15]) },
  natrium: { loinc: '2951-2', display: 'Sodium [Moles/volume] in Serum or Plasma', text: 'Natrium', unit: 'mmol/L', ucum: 'mmol/L', decimals: 0, sd: 1.2, range: () => [135, 145], critical: [125, 155] },
  kalium: { loinc: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma', text: 'Kalium', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.15, range: () => [3.5, 5.0], critical: [2.8, 6.2] },
  kreatinine: {
    loinc: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma', text: 'Kreatinine', unit: 'µmol/L', ucum: 'umol/L', decimals: 0, sd: 3,
    range: (p) => (p.age < 12 ? [25, 55] : p.child ? [40, 85] : p.sex === 'female' ? [45, 90] : [60, 110]),
  },
  egfr: { loinc: '62238-1', display: 'GFR/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)', text: 'eGFR (CKD-EPI)', unit: 'mL/min/1,73m²', ucum: 'mL/min/{1.73_m2}', decimals: 0, sd: 2, range: () => [60, null] },
  glucose: { loinc: '14749-6', display: 'Glucose [Moles/volume] in Serum or Plasma', text: 'Glucose (nuchter)', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.4, range: () => [4.0, 6.0], critical: [2.8, 20] },
  hba1c: { loinc: '59261-8', display: 'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol', text: 'HbA1c', unit: 'mmol/mol', ucum: 'mmol/mol', decimals: 0, sd: 1.5, range: () => [20, 42] },
  alat: { loinc: '1742-6', display: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', text: 'ALAT', unit: 'U/L', ucum: 'U/L', decimals: 0, sd: 3, range: bySex([null, 34], [null, 45]) },
  tsh: { loinc: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma', text: 'TSH', unit: 'mU/L', ucum: 'm[IU]/L', decimals: 2, sd: 0.25, range: () => [0.4, 4.0] },
  ferritine: { loinc: '2276-4', display: 'Ferritin [Mass/volume] in Serum or Plasma', text: 'Ferritine', unit: 'µg/L', ucum: 'ug/L', decimals: 0, sd: 3, range: (p) => (p.child ? [15, 150] : p.sex === 'female' ? [15, 150] : [30, 400]) },
  vitd: { loinc: '14635-7', display: '25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Moles/volume] in Serum or Plasma', text: 'Vitamine D (25-OH)', unit: 'nmol/L', ucum: 'nmol/L', decimals: 0, sd: 5, range: () => [50, 250] },
  cholesterol: { loinc: '14647-2', display: 'Cholesterol [Moles/volume] in Serum or Plasma', text: 'Cholesterol totaal', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.2, range: () => [null, 5.0] },
  ldl: { loinc: '22748-8', display: 'Cholesterol in LDL [Moles/volume] in Serum or Plasma', text: 'LDL-cholesterol', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.15, range: () => [null, 3.0] },
  hdl: { loinc: '14646-4', display: 'Cholesterol in HDL [Moles/volume] in Serum or Plasma', text: 'HDL-cholesterol', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.08, range: bySex([1.2, null], [1.0, null]) },
  triglyceriden: { loinc: '14927-8', display: 'Triglyceride [Moles/volume] in Serum or Plasma', text: 'Triglyceriden', unit: 'mmol/L', ucum: 'mmol/L', decimals: 1, sd: 0.2, range: () => [null, 2.0] },
  ige: { loinc: '19113-0', display: 'IgE [Units/volume] in Serum or Plasma', text: 'IgE totaal', unit: 'kU/L', ucum: 'k[IU]/L', decimals: 0, sd: 15, range: (p) => (p.age < 10 ? [null, 90] : [null, 120]) },
  ntprobnp: { loinc: '33762-6', display: 'Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma', text: 'NT-proBNP', unit: 'ng/L', ucum: 'ng/L', decimals: 0, sd: 8, range: () => [null, 125] },
  lithium: { loinc: '14334-7', display: 'Lithium [Moles/volume] in Serum or Plasma', text: 'Lithium (spiegel)', unit: 'mmol/L', ucum: 'mmol/L', decimals: 2, sd: 0.05, range: () => [0.6, 0.8], critical: [null, 1.5] },
  valproaat: { loinc: '4086-5', display: 'Valproate [Mass/volume] in Serum or Plasma', text: 'Valproïnezuur (dalspiegel)', unit: 'mg/L', ucum: 'mg/L', decimals: 0, sd: 6, range: () => [50, 100] },
  ammoniak: { loinc: '16362-6', display: 'Ammonia [Moles/volume] in Plasma', text: 'Ammoniak', unit: 'µmol/L', ucum: 'umol/L', decimals: 0, sd: 4, range: () => [null, 50] },
  calcium: { loinc: '2000-8', display: 'Calcium [Moles/volume] in Serum or Plasma', text: 'Calcium', unit: 'mmol/L', ucum: 'mmol/L', decimals: 2, sd: 0.04, range: () => [2.20, 2.65] },
  fosfaat: { loinc: '14879-1', display: 'Phosphate [Moles/volume] in Serum or Plasma', text: 'Fosfaat', unit: 'mmol/L', ucum: 'mmol/L', decimals: 2, sd: 0.06, range: (p) => (p.child ? [1.0, 1.8] : [0.8, 1.5]) },
  alkfosfatase: { loinc: '6768-6', display: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', text: 'Alkalische fosfatase', unit: 'U/L', ucum: 'U/L', decimals: 0, sd: 12, range: (p) => (p.child ? [100, 400] : [null, 115]) },
  ck: { loinc: '2157-6', display: 'Creatine kinase [Enzymatic activity/volume] in Serum or Plasma', text: 'CK (creatinekinase)', unit: 'U/L', ucum: 'U/L', decimals: 0, sd: 25, range: bySex([null, 145], [null, 200]) },
  albkreat: { loinc: '14958-3', display: 'Microalbumin/Creatinine [Molar ratio] in Urine', text: 'Albumine/kreatinine-ratio (urine)', unit: 'mg/mmol', ucum: 'mg/mmol{creat}', decimals: 1, sd: 0.3, range: () => [null, 3.0] },
  // Tests reported as text or code (valueString / valueCodeableConcept).
  urineEiwit: { loinc: '20454-5', display: 'Protein [Presence] in Urine by Test strip', text: 'Eiwit (urine, teststrook)' },
  urineGlucose: { loinc: '25428-4', display: 'Glucose [Presence] in Urine by Test strip', text: 'Glucose (urine, teststrook)' },
  bloedgroep: { loinc: '882-1', display: 'ABO and Rh group [Type] in Blood', text: 'Bloedgroep en rhesusfactor' },
  ttg: { loinc: '31017-7', display: 'Tissue transglutaminase IgA Ab [Units/volume] in Serum', text: 'Anti-tTG IgA (coeliakie)' },
  ighuisstofmijt: { loinc: '6095-4', display: 'American house dust mite IgE Ab [Units/volume] in Serum', text: 'Specifiek IgE huisstofmijt (D. farinae)', unit: 'kU/L', ucum: 'k[IU]/L', decimals: 1, sd: 1, range: () => [null, 0.35] },
  keelkweek: { loinc: '626-2', display: 'Bacteria identified in Throat by Culture', text: 'Kweek keel' },
};

/**
 * Dutch growth reference (approximate medians by age in years) for
 * children growing along a percentile: height in cm, weight in kg.
 */
export const growth = {
  male: {
    height: [[0, 51], [1, 77], [2, 89], [3, 98], [4, 106], [5, 113], [6, 120], [7, 127], [8, 133], [9, 139], [10, 144], [11, 150], [12, 156], [13, 163], [14, 171], [15, 178], [16, 182], [17, 184], [18, 184.5]],
    weight: [[0, 3.5], [1, 10.2], [2, 12.8], [3, 15], [4, 17], [5, 19.3], [6, 21.8], [7, 24.5], [8, 27.5], [9, 30.5], [10, 34], [11, 38], [12, 42], [13, 47.5], [14, 54], [15, 60], [16, 65], [17, 68.5], [18, 71]],
  },
  female: {
    height: [[0, 50], [1, 75], [2, 88], [3, 97], [4, 105], [5, 112], [6, 119], [7, 126], [8, 132], [9, 138], [10, 144], [11, 150], [12, 157], [13, 163], [14, 167], [15, 169], [16, 170], [17, 170.5], [18, 171]],
    weight: [[0, 3.4], [1, 9.5], [2, 12.2], [3, 14.5], [4, 16.5], [5, 19], [6, 21.5], [7, 24], [8, 27], [9, 30.5], [10, 34], [11, 38.5], [12, 43.5], [13, 48.5], [14, 52.5], [15, 55.5], [16, 57.5], [17, 59], [18, 60]],
  },
  /** Relative standard deviation used with the z-score: height, weight. */
  relSd: { height: 0.04, weight: 0.13 },
};
