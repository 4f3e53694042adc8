/**
 * Country names (and the cities the "Indonesia scam" keeps naming) in the languages we read, so a destination can be
 * compared with the marketplace's own country. Names are folded like message text (no accents, hiragana).
 */
import { foldPattern } from './normalise';
import { gatePattern, mayMatch, type MessageTexts } from './phrases';

interface CountryNames {
  code: string;
  names: readonly string[];
}

const COUNTRIES: readonly CountryNames[] = [
  { code: 'ID', names: ['indonesia', 'indonesien', 'indonesie', 'indonezja', 'endonezya', 'インドネシア', 'jakarta', 'bali', 'surabaya', 'medan', 'bandung', 'depok', 'bekasi', 'bogor', 'semarang', 'makassar', 'yogyakarta', 'denpasar', 'ジャカルタ', 'バリ島'] },
  { code: 'NG', names: ['nigeria', 'nigerie', 'ナイジェリア', 'lagos', 'abuja', 'lekki', 'ikeja', 'port harcourt'] },
  { code: 'GH', names: ['ghana', 'ガーナ', 'accra', 'kumasi'] },
  { code: 'PH', names: ['philippines', 'philippinen', 'filipinas', 'filippine', 'filipijnen', 'filipiny', 'フィリピン', 'manila', 'cebu', 'davao', 'quezon city'] },
  { code: 'MY', names: ['malaysia', 'malaisie', 'malesia', 'malasia', 'maleisie', 'マレーシア', 'kuala lumpur', 'penang', 'johor'] },
  { code: 'SG', names: ['singapore', 'singapur', 'singapour', 'cingapura', 'シンガポール'] },
  { code: 'VN', names: ['vietnam', 'viet nam', 'ベトナム', 'hanoi', 'ho chi minh', 'saigon'] },
  { code: 'TH', names: ['thailand', 'thailande', 'tailandia', 'thailandia', 'tajlandia', 'タイ王国', 'bangkok', 'バンコク'] },
  { code: 'CN', names: ['china', 'chine', 'cina', 'chiny', 'kina', '中国', '中華人民共和国', 'shanghai', 'beijing', 'shenzhen', 'guangzhou', '上海', '北京', '深圳', '広州'] },
  { code: 'HK', names: ['hong kong', 'hongkong', '香港'] },
  { code: 'TW', names: ['taiwan', '台湾', 'taipei', '台北'] },
  { code: 'KR', names: ['south korea', 'korea', 'coree', 'corea', 'korea poludniowa', '韓国', 'seoul', 'ソウル', 'busan'] },
  { code: 'IN', names: ['india', 'indien', 'inde', 'indie', 'hindistan', 'インド', 'mumbai', 'delhi', 'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'kolkata', 'pune'] },
  { code: 'PK', names: ['pakistan', 'パキスタン', 'karachi', 'lahore'] },
  { code: 'BD', names: ['bangladesh', 'バングラデシュ', 'dhaka'] },
  { code: 'AE', names: ['united arab emirates', 'uae', 'emirates', 'emirats', 'emirati', 'emiratos', 'アラブ首長国連邦', 'dubai', 'ドバイ', 'abu dhabi', 'sharjah'] },
  { code: 'SA', names: ['saudi arabia', 'saudi-arabien', 'arabie saoudite', 'arabia saudita', 'サウジアラビア', 'riyadh', 'jeddah'] },
  { code: 'TR', names: ['turkey', 'turkei', 'turquie', 'turchia', 'turquia', 'turcja', 'turkiye', 'トルコ', 'istanbul'] },
  { code: 'RU', names: ['russia', 'russland', 'russie', 'rusia', 'rosja', 'ryssland', 'ロシア', 'moscow', 'moskau'] },
  { code: 'UA', names: ['ukraine', 'ucraina', 'ucrania', 'ukraina', 'ウクライナ', 'kyiv', 'kiev'] },
  { code: 'US', names: ['united states', 'usa', 'u.s.a', 'america', 'vereinigte staaten', 'den usa', 'in die usa', 'etats-unis', 'etats unis', 'stati uniti', 'estados unidos', 'verenigde staten', 'stany zjednoczone', 'förenta staterna', 'abd', 'アメリカ', '米国', 'new york', 'houston', 'texas', 'california', 'florida', 'miami', 'los angeles', 'delaware'] },
  { code: 'CA', names: ['canada', 'kanada', 'canada', 'カナダ', 'toronto', 'vancouver', 'montreal'] },
  { code: 'MX', names: ['mexico', 'mexiko', 'mexique', 'messico', 'meksyk', 'メキシコ', 'ciudad de mexico', 'guadalajara', 'monterrey'] },
  { code: 'BR', names: ['brazil', 'brasil', 'brasilien', 'bresil', 'brasile', 'brazylia', 'ブラジル', 'sao paulo', 'rio de janeiro'] },
  { code: 'GB', names: ['united kingdom', 'great britain', 'england', 'grossbritannien', 'großbritannien', 'royaume-uni', 'regno unito', 'reino unido', 'verenigd koninkrijk', 'wielka brytania', 'storbritannien', 'イギリス', '英国', 'london', 'londres', 'londra', 'ロンドン'] },
  { code: 'DE', names: ['germany', 'deutschland', 'allemagne', 'germania', 'alemania', 'duitsland', 'niemcy', 'tyskland', 'almanya', 'ドイツ', 'berlin', 'munich', 'munchen', 'hamburg'] },
  { code: 'FR', names: ['france', 'frankreich', 'francia', 'frankrijk', 'francja', 'frankrike', 'fransa', 'フランス', 'paris', 'パリ'] },
  { code: 'IT', names: ['italy', 'italien', 'italie', 'italia', 'italie', 'wlochy', 'italya', 'イタリア', 'rome', 'roma', 'milan', 'milano'] },
  { code: 'ES', names: ['spain', 'spanien', 'espagne', 'spagna', 'espana', 'spanje', 'hiszpania', 'ispanya', 'スペイン', 'madrid', 'barcelona'] },
  { code: 'NL', names: ['netherlands', 'niederlande', 'pays-bas', 'paesi bassi', 'paises bajos', 'nederland', 'holandia', 'holland', 'オランダ', 'amsterdam', 'rotterdam'] },
  { code: 'PL', names: ['poland', 'polen', 'pologne', 'polonia', 'polska', 'ポーランド', 'warsaw', 'warszawa', 'krakow'] },
  { code: 'SE', names: ['sweden', 'schweden', 'suede', 'svezia', 'suecia', 'zweden', 'szwecja', 'sverige', 'スウェーデン', 'stockholm'] },
  { code: 'BE', names: ['belgium', 'belgien', 'belgique', 'belgio', 'belgica', 'belgie', 'ベルギー', 'brussels', 'bruxelles'] },
  { code: 'CH', names: ['switzerland', 'schweiz', 'suisse', 'svizzera', 'suiza', 'zwitserland', 'スイス', 'zurich', 'geneva', 'geneve'] },
  { code: 'AT', names: ['austria', 'osterreich', 'autriche', 'oostenrijk', 'オーストリア', 'vienna', 'wien'] },
  { code: 'AU', names: ['australia', 'australien', 'australie', 'オーストラリア', 'sydney', 'melbourne', 'brisbane', 'perth'] },
  { code: 'NZ', names: ['new zealand', 'neuseeland', 'nouvelle-zelande', 'ニュージーランド', 'auckland'] },
  { code: 'JP', names: ['japan', 'japon', 'giappone', 'japonia', 'japonya', '日本', 'tokyo', 'osaka', '東京', '大阪'] },
  { code: 'IE', names: ['ireland', 'irland', 'irlande', 'irlanda', 'アイルランド', 'dublin'] },
  { code: 'PT', names: ['portugal', 'portogallo', 'ポルトガル', 'lisbon', 'lisboa'] },
  { code: 'ZA', names: ['south africa', 'sudafrika', 'afrique du sud', 'sudafrica', '南アフリカ', 'johannesburg', 'cape town'] },
  { code: 'KE', names: ['kenya', 'ケニア', 'nairobi'] },
  { code: 'EG', names: ['egypt', 'agypten', 'egypte', 'egitto', 'egipto', 'エジプト', 'cairo'] },
  { code: 'CO', names: ['colombia', 'kolumbien', 'colombie', 'コロンビア', 'bogota', 'medellin'] },
  { code: 'AR', names: ['argentina', 'argentinien', 'argentine', 'アルゼンチン', 'buenos aires'] },
  { code: 'CL', names: ['chile', 'chili', 'チリ', 'santiago de chile'] },
  { code: 'PE', names: ['peru', 'perou', 'ペルー', 'lima'] },
  { code: 'VE', names: ['venezuela', 'ベネズエラ', 'caracas'] },
  { code: 'CU', names: ['cuba', 'kuba', 'キューバ', 'la habana', 'havana'] },
];

/** Seller Central marketplace code → the country its orders ship within. */
const MARKETPLACE_COUNTRY: Record<string, string> = {
  UK: 'GB', GB: 'GB', US: 'US', CA: 'CA', MX: 'MX', BR: 'BR', DE: 'DE', FR: 'FR', IT: 'IT', ES: 'ES', NL: 'NL',
  SE: 'SE', PL: 'PL', BE: 'BE', TR: 'TR', AE: 'AE', SA: 'SA', EG: 'EG', IN: 'IN', JP: 'JP', AU: 'AU', SG: 'SG',
  IE: 'IE', ZA: 'ZA',
};

/** When no marketplace is given, the buyer's language points at a home country (English does not). */
const LANGUAGE_COUNTRY: Record<string, string> = { ja: 'JP', de: 'DE', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', pl: 'PL', sv: 'SE', tr: 'TR' };

const NAME_TO_CODE = new Map<string, string>();
for (const { code, names } of COUNTRIES) for (const name of names) NAME_TO_CODE.set(foldPattern(name).replace(/ \+/g, ' '), code);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latinNames = [...NAME_TO_CODE.keys()].filter((n) => /^[\x00-\x7f]+$/.test(n)).sort((a, b) => b.length - a.length);
const otherNames = [...NAME_TO_CODE.keys()].filter((n) => !/^[\x00-\x7f]+$/.test(n)).sort((a, b) => b.length - a.length);
/** Gated: most messages name no country, and the keyword gate's one scan already tells. */
const LATIN_RE = gatePattern(new RegExp(`\\b(?:${latinNames.map(escape).join('|')})\\b`, 'g'));
const OTHER_RE = gatePattern(new RegExp(otherNames.map(escape).join('|'), 'g'));

export interface CountryMention {
  code: string;
  index: number;
  length: number;
}

/** Countries named in the message's folded text (Latin names first, then the others, each in order). */
export function findCountries(texts: MessageTexts): CountryMention[] {
  const folded = texts.all.folded;
  const found: CountryMention[] = [];
  for (const pattern of [LATIN_RE, OTHER_RE]) {
    if (!mayMatch(pattern, texts)) continue;
    const re = pattern.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) && found.length < 20) {
      const code = NAME_TO_CODE.get(m[0]);
      if (code) found.push({ code, index: m.index, length: m[0].length });
    }
  }
  return found;
}

/** The home country of an order, from its marketplace or else the buyer's language; undefined if unknown. */
export function homeCountry(marketplace: string | null | undefined, lang: string): string | undefined {
  if (marketplace) {
    const code = MARKETPLACE_COUNTRY[marketplace.trim().toUpperCase()];
    if (code) return code;
  }
  return LANGUAGE_COUNTRY[lang];
}

/** The main language of a marketplace: the best guess for a message with no words to go on (emoji, noise). */
const MARKETPLACE_LANGUAGE: Record<string, string> = {
  JP: 'ja', US: 'en', UK: 'en', GB: 'en', CA: 'en', AU: 'en', IN: 'en', SG: 'en', AE: 'en', IE: 'en', ZA: 'en',
  DE: 'de', FR: 'fr', BE: 'fr', IT: 'it', ES: 'es', MX: 'es', NL: 'nl', PL: 'pl', SE: 'sv', BR: 'pt', TR: 'tr',
};

export function marketplaceLanguage(marketplace: string | null | undefined): string | undefined {
  return marketplace ? MARKETPLACE_LANGUAGE[marketplace.trim().toUpperCase()] : undefined;
}
