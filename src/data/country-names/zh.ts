/**
 * Chinese (Simplified) short names as UN Chinese documents write them in running text
 * ("美国", "联合王国" as in the S/PV records; the full names stay in index/member data).
 * Source: see index.ts (SOURCE.zh).
 */
export const ZH: Readonly<Record<string, string>> = {
  AFG: '阿富汗', ALB: '阿尔巴尼亚', DZA: '阿尔及利亚', AND: '安道尔', AGO: '安哥拉', ATG: '安提瓜和巴布达', ARG: '阿根廷',
  ARM: '亚美尼亚', AUS: '澳大利亚', AUT: '奥地利', AZE: '阿塞拜疆', BHS: '巴哈马', BHR: '巴林', BGD: '孟加拉国',
  BRB: '巴巴多斯', BLR: '白俄罗斯', BEL: '比利时', BLZ: '伯利兹', BEN: '贝宁', BTN: '不丹', BOL: '多民族玻利维亚国',
  BIH: '波斯尼亚和黑塞哥维那', BWA: '博茨瓦纳', BRA: '巴西', BRN: '文莱达鲁萨兰国', BGR: '保加利亚', BFA: '布基纳法索',
  BDI: '布隆迪', CPV: '佛得角', KHM: '柬埔寨', CMR: '喀麦隆', CAN: '加拿大', CAF: '中非共和国', TCD: '乍得', CHL: '智利',
  CHN: '中国', COL: '哥伦比亚', COM: '科摩罗', COG: '刚果', CRI: '哥斯达黎加', CIV: '科特迪瓦', HRV: '克罗地亚', CUB: '古巴',
  CYP: '塞浦路斯', CZE: '捷克', PRK: '朝鲜民主主义人民共和国', COD: '刚果民主共和国', DNK: '丹麦', DJI: '吉布提',
  DMA: '多米尼克', DOM: '多米尼加共和国', ECU: '厄瓜多尔', EGY: '埃及', SLV: '萨尔瓦多', GNQ: '赤道几内亚', ERI: '厄立特里亚',
  EST: '爱沙尼亚', SWZ: '斯威士兰', ETH: '埃塞俄比亚', FJI: '斐济', FIN: '芬兰', FRA: '法国', GAB: '加蓬', GMB: '冈比亚',
  GEO: '格鲁吉亚', DEU: '德国', GHA: '加纳', GRC: '希腊', GRD: '格林纳达', GTM: '危地马拉', GIN: '几内亚', GNB: '几内亚比绍',
  GUY: '圭亚那', HTI: '海地', HND: '洪都拉斯', HUN: '匈牙利', ISL: '冰岛', IND: '印度', IDN: '印度尼西亚',
  IRN: '伊朗伊斯兰共和国', IRQ: '伊拉克', IRL: '爱尔兰', ISR: '以色列', ITA: '意大利', JAM: '牙买加', JPN: '日本', JOR: '约旦',
  KAZ: '哈萨克斯坦', KEN: '肯尼亚', KIR: '基里巴斯', KWT: '科威特', KGZ: '吉尔吉斯斯坦', LAO: '老挝人民民主共和国',
  LVA: '拉脱维亚', LBN: '黎巴嫩', LSO: '莱索托', LBR: '利比里亚', LBY: '利比亚', LIE: '列支敦士登', LTU: '立陶宛',
  LUX: '卢森堡', MDG: '马达加斯加', MWI: '马拉维', MYS: '马来西亚', MDV: '马尔代夫', MLI: '马里', MLT: '马耳他',
  MHL: '马绍尔群岛', MRT: '毛里塔尼亚', MUS: '毛里求斯', MEX: '墨西哥', FSM: '密克罗尼西亚联邦', MCO: '摩纳哥', MNG: '蒙古',
  MNE: '黑山', MAR: '摩洛哥', MOZ: '莫桑比克', MMR: '缅甸', NAM: '纳米比亚', NRU: '瑙鲁', NPL: '尼泊尔', NLD: '荷兰王国',
  NZL: '新西兰', NIC: '尼加拉瓜', NER: '尼日尔', NGA: '尼日利亚', MKD: '北马其顿', NOR: '挪威', OMN: '阿曼', PAK: '巴基斯坦',
  PLW: '帕劳', PAN: '巴拿马', PNG: '巴布亚新几内亚', PRY: '巴拉圭', PER: '秘鲁', PHL: '菲律宾', POL: '波兰', PRT: '葡萄牙',
  QAT: '卡塔尔', KOR: '大韩民国', MDA: '摩尔多瓦共和国', ROU: '罗马尼亚', RUS: '俄罗斯联邦', RWA: '卢旺达',
  KNA: '圣基茨和尼维斯', LCA: '圣卢西亚', VCT: '圣文森特和格林纳丁斯', WSM: '萨摩亚', SMR: '圣马力诺', STP: '圣多美和普林西比',
  SAU: '沙特阿拉伯', SEN: '塞内加尔', SRB: '塞尔维亚', SYC: '塞舌尔', SLE: '塞拉利昂', SGP: '新加坡', SVK: '斯洛伐克',
  SVN: '斯洛文尼亚', SLB: '所罗门群岛', SOM: '索马里', ZAF: '南非', SSD: '南苏丹', ESP: '西班牙', LKA: '斯里兰卡', SDN: '苏丹',
  SUR: '苏里南', SWE: '瑞典', CHE: '瑞士', SYR: '阿拉伯叙利亚共和国', TJK: '塔吉克斯坦', THA: '泰国', TLS: '东帝汶', TGO: '多哥',
  TON: '汤加', TTO: '特立尼达和多巴哥', TUN: '突尼斯', TUR: '土耳其', TKM: '土库曼斯坦', TUV: '图瓦卢', UGA: '乌干达',
  UKR: '乌克兰', ARE: '阿拉伯联合酋长国', GBR: '联合王国', TZA: '坦桑尼亚联合共和国', USA: '美国', URY: '乌拉圭',
  UZB: '乌兹别克斯坦', VUT: '瓦努阿图', VEN: '委内瑞拉玻利瓦尔共和国', VNM: '越南', YEM: '也门', ZMB: '赞比亚', ZWE: '津巴布韦',
  VAT: '教廷', PSE: '巴勒斯坦国', SUN: '苏维埃社会主义共和国联盟', YUG: '南斯拉夫', CSK: '捷克斯洛伐克', YMD: '民主也门',
  DDR: '德意志民主共和国',
};

export const ZH_UNCERTAIN: ReadonlySet<string> = new Set(['SWZ', 'NLD', 'TUR', 'YMD']);
