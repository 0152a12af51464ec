/**
 * The columns of the EU Financial Sanctions File CSV, v1.0. Each row is one record of an entity
 * (a name, address, birth, identification or citizenship), joined with the entity's own columns;
 * "Entity_logical_id" repeats in every group, so columns are read by position, not by name.
 */

export const FSF_COLUMNS = [
  'Date_file', 'Entity_logical_id', 'Subject_type', 'Leba_numtitle', 'Leba_publication_date', 'Leba_url', 'Programme', 'Entity_remark',
  'Naal_logical_id', 'Entity_logical_id', 'Naal_leba_numtitle', 'Naal_leba_publication_date', 'Naal_leba_url', 'Naal_programme',
  'Naal_lastname', 'Naal_firstname', 'Naal_middlename', 'Naal_wholename', 'Naal_gender', 'Naal_title', 'Naal_function', 'Naal_language',
  'Addr_logical_id', 'Entity_logical_id', 'Addr_leba_numtitle', 'Addr_leba_publication_date', 'Addr_leba_url', 'Addr_programme',
  'Addr_number', 'Addr_street', 'Addr_zipcode', 'Addr_city', 'Addr_country', 'Addr_other',
  'Birt_logical_id', 'Entity_logical_id', 'Birt_leba_numtitle', 'Birt_leba_publication_date', 'Birt_leba_url', 'Birt_programme',
  'Birt_date', 'Birt_place', 'Birt_country',
  'Iden_logical_id', 'Entity_logical_id', 'Iden_leba_numtitle', 'Iden_leba_publication_date', 'Iden_leba_url', 'Iden_programme',
  'Iden_number', 'Iden_country',
  'Citi_logical_id', 'Entity_logical_id', 'Citi_leba_numtitle', 'Citi_leba_publication_date', 'Citi_leba_url', 'Citi_programme',
  'Citi_country', 'EU_ref_num',
] as const

/** Column positions by meaning. */
export const FSF = {
  fileDate: 0, entityId: 1, subjectType: 2, regulation: 3, publicationDate: 4, url: 5, programme: 6, remark: 7,
  nameId: 8, lastName: 14, firstName: 15, middleName: 16, wholeName: 17, gender: 18, title: 19, function: 20, language: 21,
  addressId: 22, number: 28, street: 29, zipCode: 30, city: 31, addressCountry: 32, addressOther: 33,
  birthId: 34, birthDate: 40, birthPlace: 41, birthCountry: 42,
  idId: 43, idNumber: 49, idCountry: 50,
  citizenshipId: 51, citizenship: 57, euRefNum: 58,
} as const
