/**
 * Round-8 probes for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious) and the requests
 * the taxonomy files under `other` (delivery time and packing wishes, gift papers, remarks, questions about the shop or
 * the payment), with their near-misses: thanks after a question is the question, a note praised in a thank-you is no
 * packing wish, a buyer's own pitch-like words are not a service offer. Written for these tests in the style of the
 * evaluation data, with products, situations, openings and sign-offs unlike rounds 1-7, varied in length, register and
 * marketplace; never copied or paraphrased from the dev corpus. Written in batches of about 30, each measured before
 * any fix (the counts are in the commit log).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', 'Re: 商品の件', 'ご連絡ありがとうございます。先ほど宅配ボックスから取り出しました。サイズもぴったりでした。'],
  ['thanks', false, 'ja', 'JP', '', '無事に受け取りました。子どもの誕生日に間に合ってよかったです！'],
  ['other', false, 'ja', 'JP', '', 'コンビニ払いを選んだのですが、支払い期限までにお店に行けそうにありません。期限を延ばしていただくことはできますか？'],
  ['other', false, 'ja', 'JP', '', '配達は夜の時間帯（19時〜21時）にしてもらえますか？日中は誰もいないので。'],
  ['spam_or_suspicious', false, 'en', 'US', '', "Hi, I came across your store while researching kitchen gadgets. I help brands like yours turn one-time buyers into repeat customers through email flows. Would you be open to a quick chat?"],
  ['other', false, 'en', 'UK', '', 'Do you guys have a physical shop in Manchester? Would rather pick up next time.'],
  ['spam_or_suspicious', true, 'en', 'US', 'Action required: verify your identity', 'Dear seller, we were unable to verify the bank account linked to your Seller Central account and your disbursements are paused. Log in through the secure link below to restore payments: https://sc-verify-disburse.com/login'],
  ['thanks', false, 'en', 'IN', '', 'Order received in good condition. Thanks for the quick service, will order again.'],
  ['other', false, 'en', 'CA', '', 'Just a heads up, the courier left the parcel at the back door which is fine, but please ask them to ring the bell next time.'],
  ['product_question', false, 'en', 'US', '', 'Thanks, it arrived. Is the lid dishwasher safe though?'],
  ['thanks', false, 'de', 'DE', '', 'Hab die Schuhe heute bekommen, passen wie angegossen. Danke und schönes Wochenende!'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Zusammenarbeit', 'Hallo, ich bin Fotografin aus Köln und spezialisiert auf Produktbilder für Onlineshops. Ihre aktuellen Bilder wirken etwas dunkel – darf ich Ihnen ein paar Beispiele schicken?'],
  ['other', false, 'de', 'DE', '', 'Wir sind bis zum 12. im Urlaub. Könnten Sie mit dem Versand bis dahin warten?'],
  ['thanks', false, 'fr', 'FR', '', 'Colis arrivé hier, le pull est superbe. Merci et bonne journée'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, nous sommes une entreprise de traduction spécialisée dans les fiches produits Amazon. Nous traduisons vos annonces en allemand, italien et espagnol pour 15 € la fiche.'],
  ['other', false, 'fr', 'CA', '', "Bonjour, serait-il possible d'emballer chaque article séparément? Ce sont des cadeaux pour mes trois petits-enfants. Merci"],
  ['thanks', false, 'fr', 'BE', '', "Tout est bien arrivé, merci pour le petit mot dans le colis, c'est très gentil."],
  ['thanks', false, 'it', 'IT', '', 'Pacco ritirato al locker, tutto perfetto. Grazie mille'],
  ['spam_or_suspicious', false, 'it', 'IT', '', "Buongiorno, siamo un'azienda di Bologna che realizza video prodotto e foto per le schede Amazon. Le andrebbe una breve chiamata per mostrarle alcuni lavori?"],
  ['other', false, 'it', 'IT', '', "Buonasera, il corriere può passare dopo le 18? Di giorno non c'è nessuno in casa."],
  ['thanks', false, 'es', 'MX', '', 'Ya llegó el pedido, todo completo. Muchas gracias, excelente vendedor'],
  ['spam_or_suspicious', false, 'es', 'ES', '', "Hola, ¿vendes en Amazon? Te ayudamos a conseguir la etiqueta Amazon's Choice en 30 días. Escríbenos y te contamos cómo."],
  ['other', false, 'es', 'ES', '', 'Hola, ¿podrían quitar la etiqueta del precio? Es un regalo para mi suegra. Gracias'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Hallo, wij zijn een webdesignbureau uit Utrecht en maken A+ content voor Amazon-verkopers. Mogen we u een voorstel sturen?'],
  ['thanks', false, 'pl', 'PL', '', 'Wszystko doszło w całości, dziękuję i pozdrawiam'],
  ['spam_or_suspicious', false, 'pt', 'BR', '', 'Oi, tudo bem? Faço gestão de anúncios na Amazon para pequenas lojas, posso te mandar uma proposta sem compromisso?'],
  ['spam_or_suspicious', false, 'ja', 'JP', 'ご挨拶', '突然のメール失礼いたします。中国・義烏の仕入れ代行会社でございます。日本のAmazonセラー様向けに、OEM生産から検品・FBA納品まで一貫してお手伝いしております。'],
  ['thanks', false, 'en', 'US', '', 'Package came today. Fits the dog perfectly, thank you!!'],
  ['other', false, 'en', 'UK', 'Gift', "Hi! It's a birthday surprise for my sister, could you make sure there's no receipt or anything with the price in the box? Thanks a lot"],
  ['other', false, 'sv', 'SE', '', 'Hej, kan ni låta bli att lägga kvittot i paketet? Det är en present.'],
  ['other', false, 'tr', 'TR', '', 'Merhaba, hediye olarak alıyorum, paketin içine fatura koymayabilir misiniz?'],
];

export const PROBES_8 = fromRows(rows);

/**
 * Rows decided by files outside the thanks, spam and other rules (language detection, decide.ts, other categories'
 * rules): each names the culprit and the change it needs. Run with it.fails, so a fix there shows up as a failing
 * test and the row moves up.
 */
const gaps: GapRow[] = [
  ['thanks', false, 'en', 'US', 'Re: missing bolt', 'Never mind, my husband found the bolt in the bottom of the box. All good, sorry to bother you.', 'rules/damaged.ts: the subject "Re: missing bolt" of a reply whose body says the bolt was found ("found the bolt … All good, sorry to bother you"); a found/never-mind body should cancel the missing-part evidence of the subject'],
  ['thanks', false, 'de', 'AT', '', 'Ware erhalten, passt alles. Lg', 'language.ts: "Ware erhalten, passt alles. Lg" is German (Ware, erhalten, passt, alles) but is read as und; short German confirmations need the common words erhalten/passt/alles in the German tables'],
];

export const KNOWN_GAPS_8 = fromGapRows(gaps);
