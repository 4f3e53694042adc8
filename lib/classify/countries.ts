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
  { code: 'ID', names: ['indonezji', 'インドネシア共和国', 'indonesia', 'indonesien', 'indonesie', 'indonezja', 'endonezya', 'インドネシア', 'jakarta', 'bali', 'surabaya', 'medan', 'bandung', 'depok', 'bekasi', 'bogor', 'semarang', 'makassar', 'yogyakarta', 'denpasar', 'ジャカルタ', 'バリ島'] },
  { code: 'NG', names: ['nijerya', 'nigerii', 'ナイジェリア連邦', 'nigeria', 'nigerie', 'ナイジェリア', 'lagos', 'abuja', 'lekki', 'ikeja', 'port harcourt'] },
  { code: 'GH', names: ['ghana', 'ガーナ', 'accra', 'kumasi'] },
  { code: 'PH', names: ['filipinler', 'filippinerna', 'filipinach', 'philippines', 'philippinen', 'filipinas', 'filippine', 'filipijnen', 'filipiny', 'フィリピン', 'manila', 'cebu', 'davao', 'quezon city'] },
  { code: 'MY', names: ['malezya', 'malezji', 'malaysia', 'malaisie', 'malesia', 'malasia', 'maleisie', 'マレーシア', 'kuala lumpur', 'penang', 'johor'] },
  { code: 'SG', names: ['singapore', 'singapur', 'singapour', 'cingapura', 'シンガポール'] },
  { code: 'VN', names: ['vietnam', 'viet nam', 'ベトナム', 'hanoi', 'ho chi minh', 'saigon'] },
  { code: 'TH', names: ['tayland', 'tajlandii', 'thailand', 'thailande', 'tailandia', 'thailandia', 'tajlandia', 'タイ王国', 'bangkok', 'バンコク'] },
  { code: 'CN', names: ['chinach', 'china', 'chine', 'cina', 'chiny', 'kina', '中国', '中華人民共和国', 'shanghai', 'beijing', 'shenzhen', 'guangzhou', '上海', '北京', '深圳', '広州'] },
  { code: 'HK', names: ['hong kong', 'hongkong', '香港'] },
  { code: 'TW', names: ['tayvan', 'tajwan', 'taiwan', '台湾', 'taipei', '台北'] },
  { code: 'KR', names: ['sydkorea', 'zuid-korea', 'corea del sud', 'coree du sud', 'guney kore', 'south korea', 'korea', 'coree', 'corea', 'korea poludniowa', '韓国', 'seoul', 'ソウル', 'busan'] },
  { code: 'IN', names: ['indiach', 'hindistanda', 'india', 'indien', 'inde', 'indie', 'hindistan', 'インド', 'mumbai', 'delhi', 'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'kolkata', 'pune'] },
  { code: 'PK', names: ['pakistan', 'パキスタン', 'karachi', 'lahore'] },
  { code: 'BD', names: ['bangladesh', 'バングラデシュ', 'dhaka'] },
  { code: 'AE', names: ['vereinigte arabische emirate', 'emirats arabes unis', 'emirati arabi', 'emiratos arabes', 'verenigde arabische emiraten', 'birlesik arap emirlikleri', 'forenade arabemiraten', 'united arab emirates', 'uae', 'emirates', 'emirats', 'emirati', 'emiratos', 'アラブ首長国連邦', 'dubai', 'ドバイ', 'abu dhabi', 'sharjah'] },
  { code: 'SA', names: ['saoedi-arabie', 'suudi arabistan', 'saudiarabien', 'arabii saudyjskiej', 'saudi arabia', 'saudi-arabien', 'arabie saoudite', 'arabia saudita', 'サウジアラビア', 'riyadh', 'jeddah'] },
  { code: 'TR', names: ['turkije', 'turkiet', 'turcji', 'turkey', 'turkei', 'turquie', 'turchia', 'turquia', 'turcja', 'turkiye', 'トルコ', 'istanbul'] },
  { code: 'RU', names: ['rusland', 'rusya', 'rosji', 'russia', 'russland', 'russie', 'rusia', 'rosja', 'ryssland', 'ロシア', 'moscow', 'moskau'] },
  { code: 'UA', names: ['oekraine', 'ukrayna', 'ukrainie', 'ucrania', 'ukraine', 'ucraina', 'ucrania', 'ukraina', 'ウクライナ', 'kyiv', 'kiev'] },
  { code: 'US', names: ['amerika', 'amerique', 'ameryki', 'new mexico', 'new england', 'hawaii', 'ハワイ', 'guam', 'グアム', 'chicago', 'seattle', 'boston', 'atlanta', 'las vegas', 'san francisco', 'united states', 'usa', 'u.s.a', 'america', 'vereinigte staaten', 'den usa', 'in die usa', 'etats-unis', 'etats unis', 'stati uniti', 'estados unidos', 'verenigde staten', 'stany zjednoczone', 'förenta staterna', 'abd', 'アメリカ', '米国', 'new york', 'houston', 'texas', 'california', 'florida', 'miami', 'los angeles', 'delaware'] },
  { code: 'CA', names: ['kanadzie', 'kanadaya', 'canada', 'kanada', 'canada', 'カナダ', 'toronto', 'vancouver', 'montreal'] },
  { code: 'MX', names: ['meksika', 'meksyku', 'mexico', 'mexiko', 'mexique', 'messico', 'meksyk', 'メキシコ', 'ciudad de mexico', 'guadalajara', 'monterrey'] },
  { code: 'BR', names: ['brezilya', 'brazylii', 'brazilie', 'brazil', 'brasil', 'brasilien', 'bresil', 'brasile', 'brazylia', 'ブラジル', 'sao paulo', 'rio de janeiro'] },
  { code: 'GB', names: ['angleterre', 'inghilterra', 'inglaterra', 'engeland', 'anglia', 'anglii', 'ingiltere', 'scotland', 'schottland', 'ecosse', 'scozia', 'escocia', 'wales', 'manchester', 'birmingham', 'glasgow', 'edinburgh', 'liverpool', 'united kingdom', 'great britain', 'england', 'grossbritannien', 'großbritannien', 'royaume-uni', 'regno unito', 'reino unido', 'verenigd koninkrijk', 'wielka brytania', 'storbritannien', 'イギリス', '英国', 'london', 'londres', 'londra', 'ロンドン'] },
  { code: 'DE', names: ['frankfurt', 'koln', 'cologne', 'stuttgart', 'dusseldorf', 'niemczech', 'niemiec', 'almanyaya', 'germany', 'deutschland', 'allemagne', 'germania', 'alemania', 'duitsland', 'niemcy', 'tyskland', 'almanya', 'ドイツ', 'berlin', 'munich', 'munchen', 'hamburg'] },
  { code: 'FR', names: ['francji', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'france', 'frankreich', 'francia', 'frankrijk', 'francja', 'frankrike', 'fransa', 'フランス', 'paris', 'パリ'] },
  { code: 'IT', names: ['wloszech', 'napoli', 'naples', 'torino', 'turin', 'firenze', 'venezia', 'venice', 'italy', 'italien', 'italie', 'italia', 'italie', 'wlochy', 'italya', 'イタリア', 'rome', 'roma', 'milan', 'milano'] },
  { code: 'ES', names: ['hiszpanii', 'sevilla', 'seville', 'malaga', 'valencia', 'bilbao', 'spain', 'spanien', 'espagne', 'spagna', 'espana', 'spanje', 'hiszpania', 'ispanya', 'スペイン', 'madrid', 'barcelona'] },
  { code: 'NL', names: ['holandii', 'hollanda', 'den haag', 'utrecht', 'eindhoven', 'nederlanderna', 'netherlands', 'niederlande', 'pays-bas', 'paesi bassi', 'paises bajos', 'nederland', 'holandia', 'holland', 'オランダ', 'amsterdam', 'rotterdam'] },
  { code: 'PL', names: ['polonya', 'gdansk', 'wroclaw', 'poznan', 'poland', 'polen', 'pologne', 'polonia', 'polska', 'ポーランド', 'warsaw', 'warszawa', 'krakow'] },
  { code: 'SE', names: ['isvec', 'szwecji', 'goteborg', 'gothenburg', 'malmo', 'sweden', 'schweden', 'suede', 'svezia', 'suecia', 'zweden', 'szwecja', 'sverige', 'スウェーデン', 'stockholm'] },
  { code: 'BE', names: ['belcika', 'belgii', 'antwerp', 'antwerpen', 'anvers', 'belgium', 'belgien', 'belgique', 'belgio', 'belgica', 'belgie', 'ベルギー', 'brussels', 'bruxelles'] },
  { code: 'CH', names: ['isvicre', 'szwajcarii', 'basel', 'bern', 'lausanne', 'switzerland', 'schweiz', 'suisse', 'svizzera', 'suiza', 'zwitserland', 'スイス', 'zurich', 'geneva', 'geneve'] },
  { code: 'AT', names: ['avusturya', 'austrii', 'graz', 'salzburg', 'linz', 'innsbruck', 'oostenrijk', 'osterrike', 'austria', 'osterreich', 'autriche', 'oostenrijk', 'オーストリア', 'vienna', 'wien'] },
  { code: 'AU', names: ['avustralya', 'australii', 'new south wales', 'australia', 'australien', 'australie', 'オーストラリア', 'sydney', 'melbourne', 'brisbane', 'perth'] },
  { code: 'NZ', names: ['new zealand', 'neuseeland', 'nouvelle-zelande', 'ニュージーランド', 'auckland'] },
  { code: 'JP', names: ['japonii', 'kyoto', 'yokohama', 'nagoya', 'sapporo', 'fukuoka', 'japan', 'japon', 'giappone', 'japonia', 'japonya', '日本', 'tokyo', 'osaka', '東京', '大阪'] },
  { code: 'IE', names: ['irlandii', 'ireland', 'irland', 'irlande', 'irlanda', 'アイルランド', 'dublin'] },
  { code: 'PT', names: ['portekiz', 'portugalii', 'portugal', 'portogallo', 'ポルトガル', 'lisbon', 'lisboa'] },
  { code: 'ZA', names: ['south africa', 'sudafrika', 'afrique du sud', 'sudafrica', '南アフリカ', 'johannesburg', 'cape town'] },
  { code: 'KE', names: ['kenya', 'ケニア', 'nairobi'] },
  { code: 'EG', names: ['misir', 'egypten', 'egipcie', 'egypte', 'egypt', 'agypten', 'egypte', 'egitto', 'egipto', 'エジプト', 'cairo'] },
  { code: 'CO', names: ['colombia', 'kolumbien', 'colombie', 'コロンビア', 'bogota', 'medellin'] },
  { code: 'AR', names: ['argentina', 'argentinien', 'argentine', 'アルゼンチン', 'buenos aires'] },
  { code: 'CL', names: ['chile', 'chili', 'チリ', 'santiago de chile'] },
  { code: 'PE', names: ['peru', 'perou', 'ペルー', 'lima'] },
  { code: 'VE', names: ['venezuela', 'ベネズエラ', 'caracas'] },
  { code: 'CU', names: ['cuba', 'kuba', 'キューバ', 'la habana', 'havana'] },
  { code: 'MA', names: ['morocco', 'marokko', 'maroc', 'marocco', 'marruecos', 'maroko', 'marocko', 'marrocos', 'モロッコ', 'casablanca', 'marrakech', 'marrakesh', 'tangier', 'tanger'] },
  { code: 'DZ', names: ['algeria', 'algerien', 'algerie', 'argelia', 'algerije', 'algieria', 'algeriet', 'cezayir', 'アルジェリア', 'algiers', 'alger'] },
  { code: 'TN', names: ['tunisia', 'tunesien', 'tunisie', 'tunez', 'tunesie', 'tunezja', 'tunisien', 'tunus', 'チュニジア', 'tunis'] },
  { code: 'SN', names: ['senegal', 'セネガル', 'dakar'] },
  { code: 'CM', names: ['cameroon', 'kamerun', 'cameroun', 'camerun', 'kameroen', 'カメルーン', 'douala', 'yaounde'] },
  { code: 'CI', names: ['ivory coast', "cote d'ivoire", 'elfenbeinkuste', "costa d'avorio", 'costa de marfil', 'ivoorkust', 'abidjan'] },
  { code: 'CD', names: ['congo', 'kongo', 'kinshasa', 'brazzaville'] },
  { code: 'ET', names: ['ethiopia', 'athiopien', 'ethiopie', 'etiopia', 'ethiopie', 'エチオピア', 'addis ababa'] },
  { code: 'TZ', names: ['tanzania', 'tansania', 'tanzanie', 'dar es salaam', 'zanzibar'] },
  { code: 'UG', names: ['uganda', 'ouganda', 'kampala'] },
  { code: 'ZW', names: ['zimbabwe', 'simbabwe', 'harare'] },
  { code: 'ZM', names: ['zambia', 'sambia', 'zambie', 'lusaka'] },
  { code: 'AO', names: ['angola', 'アンゴラ', 'luanda'] },
  { code: 'SR', names: ['suriname', 'surinam', 'paramaribo'] },
  { code: 'CW', names: ['curacao', 'キュラソー', 'willemstad'] },
  { code: 'AW', names: ['aruba'] },
  { code: 'JM', names: ['jamaica', 'jamaika', 'jamaique', 'giamaica'] },
  { code: 'HT', names: ['haiti', 'port-au-prince'] },
  { code: 'DO', names: ['dominican republic', 'dominikanische republik', 'republique dominicaine', 'repubblica dominicana', 'republica dominicana', 'santo domingo'] },
  { code: 'EC', names: ['ecuador', 'equateur', 'エクアドル', 'quito', 'guayaquil'] },
  { code: 'BO', names: ['bolivia', 'bolivien', 'bolivie', 'ボリビア'] },
  { code: 'PY', names: ['paraguay', 'パラグアイ', 'asuncion'] },
  { code: 'UY', names: ['uruguay', 'ウルグアイ', 'montevideo'] },
  { code: 'GT', names: ['guatemala', 'グアテマラ'] },
  { code: 'HN', names: ['honduras', 'tegucigalpa'] },
  { code: 'SV', names: ['el salvador', 'san salvador'] },
  { code: 'CR', names: ['costa rica', 'コスタリカ', 'san jose de costa rica'] },
  { code: 'AL', names: ['albania', 'albanien', 'albanie', 'arnavutluk', 'アルバニア', 'tirana'] },
  { code: 'RS', names: ['serbia', 'serbien', 'serbie', 'servie', 'セルビア', 'belgrade', 'belgrad', 'beograd'] },
  { code: 'BA', names: ['bosnia', 'bosnien', 'bosnie', 'sarajevo'] },
  { code: 'XK', names: ['kosovo', 'pristina'] },
  { code: 'MK', names: ['north macedonia', 'nordmazedonien', 'macedonia', 'mazedonien', 'macedoine', 'skopje'] },
  { code: 'MD', names: ['moldova', 'moldawien', 'moldavie', 'moldavia', 'chisinau'] },
  { code: 'BY', names: ['belarus', 'weissrussland', 'weißrussland', 'bielorussie', 'bielorrusia', 'bialorus', 'ベラルーシ', 'minsk'] },
  { code: 'AM', names: ['armenia', 'armenien', 'armenie', 'アルメニア', 'yerevan'] },
  { code: 'AZ', names: ['azerbaijan', 'aserbaidschan', 'azerbaidjan', 'azerbaigian', 'azerbaiyan', 'アゼルバイジャン', 'baku'] },
  { code: 'KZ', names: ['kazakhstan', 'kasachstan', 'kazajistan', 'カザフスタン', 'almaty', 'astana'] },
  { code: 'UZ', names: ['uzbekistan', 'usbekistan', 'ouzbekistan', 'ウズベキスタン', 'tashkent'] },
  { code: 'RO', names: ['romania', 'rumanien', 'roumanie', 'rumania', 'roemenie', 'rumunia', 'romanya', 'ルーマニア', 'bucharest', 'bukarest', 'bucarest'] },
  { code: 'BG', names: ['bulgaria', 'bulgarien', 'bulgarie', 'bulgarije', 'bulgaristan', 'ブルガリア'] },
  { code: 'GR', names: ['greece', 'griechenland', 'grece', 'grecia', 'griekenland', 'grecja', 'grekland', 'yunanistan', 'ギリシャ', 'athens', 'athen', 'athenes', 'atene', 'atenas', 'thessaloniki'] },
  { code: 'CY', names: ['cyprus', 'zypern', 'chypre', 'cipro', 'chipre', 'cypr', 'cypern', 'kibris', 'キプロス', 'nicosia', 'limassol'] },
  { code: 'HR', names: ['croatia', 'kroatien', 'croatie', 'croazia', 'croacia', 'kroatie', 'chorwacja', 'hirvatistan', 'クロアチア', 'zagreb'] },
  { code: 'SI', names: ['slovenia', 'slowenien', 'slovenie', 'eslovenia', 'slowenia', 'ljubljana'] },
  { code: 'HU', names: ['hungary', 'ungarn', 'hongrie', 'ungheria', 'hungria', 'hongarije', 'wegry', 'ungern', 'macaristan', 'ハンガリー', 'budapest'] },
  { code: 'CZ', names: ['czech republic', 'czechia', 'tschechien', 'republique tcheque', 'repubblica ceca', 'republica checa', 'tsjechie', 'czechy', 'tjeckien', 'cekya', 'チェコ', 'prague', 'prag', 'praha', 'brno'] },
  { code: 'SK', names: ['slovakia', 'slowakei', 'slovaquie', 'slovacchia', 'eslovaquia', 'slowakije', 'slowacja', 'bratislava'] },
  { code: 'LT', names: ['lithuania', 'litauen', 'lituanie', 'lituania', 'litouwen', 'litwa', 'vilnius'] },
  { code: 'LV', names: ['latvia', 'lettland', 'lettonie', 'lettonia', 'letonia', 'letland', 'lotwa', 'riga'] },
  { code: 'EE', names: ['estonia', 'estland', 'estonie', 'tallinn'] },
  { code: 'LU', names: ['luxembourg', 'luxemburg', 'lussemburgo', 'luxemburgo'] },
  { code: 'IS', names: ['iceland', 'islande', 'islanda', 'islandia', 'ijsland', 'reykjavik'] },
  { code: 'NO', names: ['norway', 'norwegen', 'norvege', 'norvegia', 'noruega', 'noorwegen', 'norwegia', 'norge', 'norvec', 'ノルウェー', 'oslo'] },
  { code: 'DK', names: ['denmark', 'danemark', 'danimarca', 'dinamarca', 'denemarken', 'dania', 'danmark', 'danimarka', 'デンマーク', 'copenhagen', 'kopenhagen', 'copenhague', 'kobenhavn'] },
  { code: 'FI', names: ['finland', 'finnland', 'finlande', 'finlandia', 'finlandiya', 'フィンランド', 'helsinki'] },
  { code: 'IL', names: ['israel', 'israele', 'izrael', 'イスラエル', 'tel aviv', 'jerusalem'] },
  { code: 'IR', names: ['iran', 'イラン', 'tehran', 'teheran'] },
  { code: 'IQ', names: ['iraq', 'irak', 'イラク', 'baghdad', 'bagdad', 'erbil'] },
  { code: 'LB', names: ['lebanon', 'libanon', 'liban', 'libano', 'レバノン', 'beirut', 'beyrouth'] },
  { code: 'KW', names: ['kuwait', 'koweit', 'kuveyt', 'クウェート'] },
  { code: 'QA', names: ['qatar', 'katar', 'カタール', 'doha'] },
  { code: 'BH', names: ['bahrain', 'bahrein', 'バーレーン', 'manama'] },
  { code: 'OM', names: ['oman', 'オマーン', 'muscat'] },
  { code: 'LK', names: ['sri lanka', 'スリランカ', 'colombo'] },
  { code: 'NP', names: ['nepal', 'ネパール', 'kathmandu'] },
  { code: 'KH', names: ['cambodia', 'kambodscha', 'cambodge', 'cambogia', 'camboya', 'cambodja', 'カンボジア', 'phnom penh'] },
  { code: 'MM', names: ['myanmar', 'burma', 'ミャンマー', 'yangon'] },
  { code: 'LA', names: ['laos', 'ラオス', 'vientiane'] },
  { code: 'MN', names: ['mongolia', 'mongolei', 'mongolie', 'モンゴル', 'ulaanbaatar'] },
];

/** Seller Central marketplace code → the country its orders ship within. */
const MARKETPLACE_COUNTRY: Record<string, string> = {
  UK: 'GB', GB: 'GB', US: 'US', CA: 'CA', MX: 'MX', BR: 'BR', DE: 'DE', FR: 'FR', IT: 'IT', ES: 'ES', NL: 'NL',
  SE: 'SE', PL: 'PL', BE: 'BE', TR: 'TR', AE: 'AE', SA: 'SA', EG: 'EG', IN: 'IN', JP: 'JP', AU: 'AU', SG: 'SG',
  IE: 'IE', ZA: 'ZA', PT: 'PT', AT: 'AT', CH: 'CH',
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

/**
 * Names that are also everyday words ("a turkey roaster", "chili", "lima" the fruit, "cuba" a tub): a country only
 * when the buyer capitalised it. Lower-case writers lose them, but the other signals of a redirect remain.
 */
const ALSO_A_WORD: ReadonlySet<string> = new Set(['turkey', 'chili', 'lima', 'cuba']);
/**
 * Country names of one language that are plain adjectives in another: German "Italien" and "Indien" are the French
 * words for Italian and Indian ("une agence de traduction (allemand, italien)"), not a country.
 */
const ADJECTIVE_IN: Readonly<Record<string, ReadonlySet<string>>> = { fr: new Set(['italien', 'indien']) };

/**
 * Katakana names are folded to hiragana, so パリ is found in やっぱり and インド in インドア: a name only counts when it
 * is not part of a longer kana word. With the original text at hand, the name must be written in katakana and have no
 * katakana on either side; without it, the folded neighbours decide (a particle before it is fine: 「友人のパリ」).
 */
const KANA_NAME = /^[\u3041-\u309f\u30fc]+$/;
const KATAKANA = /[\u30a1-\u30ff\uff66-\uff9f]/;
const PARTICLE = /[のにはがをとでへもや]/;
const KANA_CONTINUES = /[\u3041-\u309f\u30fc]/;
const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎー]/;

function insideKanaWord(folded: string, original: string | undefined, index: number, length: number): boolean {
  if (original) {
    const before = original[index - 1] ?? '';
    const after = original[index + length] ?? '';
    return !KATAKANA.test(original[index] ?? '') || KATAKANA.test(before) || KATAKANA.test(after);
  }
  const before = folded[index - 1] ?? '';
  const after = folded[index + length] ?? '';
  return (KANA_CONTINUES.test(before) && !PARTICLE.test(before)) || SMALL_KANA.test(after);
}

/** Countries named in the message's folded text (Latin names first, then the others, each in order). */
/** Country names in the message; `lang` (the message's language) drops names that are an adjective in it. */
export function findCountries(texts: MessageTexts, lang?: string): CountryMention[] {
  const adjectives = lang ? ADJECTIVE_IN[lang] : undefined;
  const folded = texts.all.folded;
  const original = texts.all.aligned ? texts.all.original : undefined;
  const found: CountryMention[] = [];
  for (const pattern of [LATIN_RE, OTHER_RE]) {
    if (!mayMatch(pattern, texts)) continue;
    const re = pattern.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) && found.length < 20) {
      const code = NAME_TO_CODE.get(m[0]);
      if (!code) continue;
      if (ALSO_A_WORD.has(m[0]) && original && original[m.index] === m[0][0]) continue;
      if (adjectives?.has(m[0])) continue;
      if (KANA_NAME.test(m[0]) && insideKanaWord(folded, original, m.index, m[0].length)) continue;
      found.push({ code, index: m.index, length: m[0].length });
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
  DE: 'de', FR: 'fr', BE: 'fr', IT: 'it', ES: 'es', MX: 'es', NL: 'nl', PL: 'pl', SE: 'sv', BR: 'pt', PT: 'pt', TR: 'tr',
};

export function marketplaceLanguage(marketplace: string | null | undefined): string | undefined {
  return marketplace ? MARKETPLACE_LANGUAGE[marketplace.trim().toUpperCase()] : undefined;
}
