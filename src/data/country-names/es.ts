/**
 * Spanish short names as the UN writes them in running text, with the article where UN
 * Spanish uses one ("los Estados Unidos", "la Federación de Rusia", "el Brasil", "China").
 * The label form drops the article. Source: see index.ts (SOURCE.es).
 */
export const ES: Readonly<Record<string, string>> = {
  AFG: 'el Afganistán', ALB: 'Albania', DZA: 'Argelia', AND: 'Andorra', AGO: 'Angola', ATG: 'Antigua y Barbuda',
  ARG: 'la Argentina', ARM: 'Armenia', AUS: 'Australia', AUT: 'Austria', AZE: 'Azerbaiyán', BHS: 'las Bahamas',
  BHR: 'Bahrein', BGD: 'Bangladesh', BRB: 'Barbados', BLR: 'Belarús', BEL: 'Bélgica', BLZ: 'Belice', BEN: 'Benin',
  BTN: 'Bhután', BOL: 'Bolivia (Estado Plurinacional de)', BIH: 'Bosnia y Herzegovina', BWA: 'Botswana',
  BRA: 'el Brasil', BRN: 'Brunei Darussalam', BGR: 'Bulgaria', BFA: 'Burkina Faso', BDI: 'Burundi',
  CPV: 'Cabo Verde', KHM: 'Camboya', CMR: 'el Camerún', CAN: 'el Canadá', CAF: 'la República Centroafricana',
  TCD: 'el Chad', CHL: 'Chile', CHN: 'China', COL: 'Colombia', COM: 'las Comoras', COG: 'el Congo',
  CRI: 'Costa Rica', CIV: 'Côte d’Ivoire', HRV: 'Croacia', CUB: 'Cuba', CYP: 'Chipre', CZE: 'Chequia',
  PRK: 'la República Popular Democrática de Corea', COD: 'la República Democrática del Congo', DNK: 'Dinamarca',
  DJI: 'Djibouti', DMA: 'Dominica', DOM: 'la República Dominicana', ECU: 'el Ecuador', EGY: 'Egipto',
  SLV: 'El Salvador', GNQ: 'Guinea Ecuatorial', ERI: 'Eritrea', EST: 'Estonia', SWZ: 'Eswatini', ETH: 'Etiopía',
  FJI: 'Fiji', FIN: 'Finlandia', FRA: 'Francia', GAB: 'el Gabón', GMB: 'Gambia', GEO: 'Georgia', DEU: 'Alemania',
  GHA: 'Ghana', GRC: 'Grecia', GRD: 'Granada', GTM: 'Guatemala', GIN: 'Guinea', GNB: 'Guinea-Bissau',
  GUY: 'Guyana', HTI: 'Haití', HND: 'Honduras', HUN: 'Hungría', ISL: 'Islandia', IND: 'la India',
  IDN: 'Indonesia', IRN: 'el Irán (República Islámica del)', IRQ: 'el Iraq', IRL: 'Irlanda', ISR: 'Israel',
  ITA: 'Italia', JAM: 'Jamaica', JPN: 'el Japón', JOR: 'Jordania', KAZ: 'Kazajstán', KEN: 'Kenya', KIR: 'Kiribati',
  KWT: 'Kuwait', KGZ: 'Kirguistán', LAO: 'la República Democrática Popular Lao', LVA: 'Letonia', LBN: 'el Líbano',
  LSO: 'Lesotho', LBR: 'Liberia', LBY: 'Libia', LIE: 'Liechtenstein', LTU: 'Lituania', LUX: 'Luxemburgo',
  MDG: 'Madagascar', MWI: 'Malawi', MYS: 'Malasia', MDV: 'Maldivas', MLI: 'Malí', MLT: 'Malta',
  MHL: 'las Islas Marshall', MRT: 'Mauritania', MUS: 'Mauricio', MEX: 'México',
  FSM: 'Micronesia (Estados Federados de)', MCO: 'Mónaco', MNG: 'Mongolia', MNE: 'Montenegro', MAR: 'Marruecos',
  MOZ: 'Mozambique', MMR: 'Myanmar', NAM: 'Namibia', NRU: 'Nauru', NPL: 'Nepal',
  NLD: 'los Países Bajos (Reino de los)', NZL: 'Nueva Zelandia', NIC: 'Nicaragua', NER: 'el Níger', NGA: 'Nigeria',
  MKD: 'Macedonia del Norte', NOR: 'Noruega', OMN: 'Omán', PAK: 'el Pakistán', PLW: 'Palau', PAN: 'Panamá',
  PNG: 'Papua Nueva Guinea', PRY: 'el Paraguay', PER: 'el Perú', PHL: 'Filipinas', POL: 'Polonia',
  PRT: 'Portugal', QAT: 'Qatar', KOR: 'la República de Corea', MDA: 'la República de Moldova', ROU: 'Rumania',
  RUS: 'la Federación de Rusia', RWA: 'Rwanda', KNA: 'Saint Kitts y Nevis', LCA: 'Santa Lucía',
  VCT: 'San Vicente y las Granadinas', WSM: 'Samoa', SMR: 'San Marino', STP: 'Santo Tomé y Príncipe',
  SAU: 'la Arabia Saudita', SEN: 'el Senegal', SRB: 'Serbia', SYC: 'Seychelles', SLE: 'Sierra Leona',
  SGP: 'Singapur', SVK: 'Eslovaquia', SVN: 'Eslovenia', SLB: 'las Islas Salomón', SOM: 'Somalia',
  ZAF: 'Sudáfrica', SSD: 'Sudán del Sur', ESP: 'España', LKA: 'Sri Lanka', SDN: 'el Sudán', SUR: 'Suriname',
  SWE: 'Suecia', CHE: 'Suiza', SYR: 'la República Árabe Siria', TJK: 'Tayikistán', THA: 'Tailandia',
  TLS: 'Timor-Leste', TGO: 'el Togo', TON: 'Tonga', TTO: 'Trinidad y Tabago', TUN: 'Túnez', TUR: 'Türkiye',
  TKM: 'Turkmenistán', TUV: 'Tuvalu', UGA: 'Uganda', UKR: 'Ucrania', ARE: 'los Emiratos Árabes Unidos',
  GBR: 'el Reino Unido', TZA: 'la República Unida de Tanzanía', USA: 'los Estados Unidos', URY: 'el Uruguay',
  UZB: 'Uzbekistán', VUT: 'Vanuatu', VEN: 'Venezuela (República Bolivariana de)', VNM: 'Viet Nam', YEM: 'el Yemen',
  ZMB: 'Zambia', ZWE: 'Zimbabwe', VAT: 'la Santa Sede', PSE: 'el Estado de Palestina',
  SUN: 'la Unión de Repúblicas Socialistas Soviéticas', YUG: 'Yugoslavia', CSK: 'Checoslovaquia',
  YMD: 'el Yemen Democrático', DDR: 'la República Democrática Alemana',
};

export const ES_UNCERTAIN: ReadonlySet<string> = new Set(['SAU', 'NLD', 'TGO', 'BHS', 'COM', 'YMD']);
