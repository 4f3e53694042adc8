/**
 * Round-8 probe messages for delivery_status and refund_request, written for these tests in the style of the
 * evaluation data and never copied or paraphrased from the dev corpus or the earlier probe files. Other products,
 * situations, openings and sign-offs than round 7: wrong-house photos of 置き配, partial refunds that came short,
 * gift-card halves of a payment, RTO and re-delivery in India, bpost and Canada Post, konbini payments made twice,
 * fees the buyer paid for nothing. Many tell the concern without the category's obvious keyword, and some are
 * near-misses that TAXONOMY.md files elsewhere (delivery instructions are `other`; ship-before-payment is `other` with
 * scam; a refund that came is `thanks`; a spoilt item is `damaged_or_defective`; a shipping question before buying is
 * `product_question`). Written in batches of about 30, each measured before any fix (see the commit log and the
 * round report).
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '中村 美咲様からのお問い合わせ（注文番号：250-3318047-6621590）', 'お世話になっております。12日に注文したベビーカーの件です。本日着の予定でしたが、夕方になっても届く気配がなく、配送業者のページも「配達準備中」から変わっておりません。明日から帰省するため、状況をお知らせいただけますでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', '猫砂まだ？🐈 もう残りわずかなんだけど'],
  ['delivery_status', false, 'ja', 'JP', '', '置き配の完了メールに写真が付いていましたが、写っている玄関がうちではありません。別のお宅に置かれてしまったのではないでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', '昨日買ったばかりのシャンプーセット、今日見たら800円も安くなってて悲しいです…なんとかなりませんか'],
  ['refund_request', false, 'ja', 'JP', '', 'ファミマで支払ったあと、間違えてもう一度同じ番号で払ってしまいました。1回分を戻していただけますか。'],
  ['other', false, 'ja', 'JP', '', '来週は出張で家を空けますので、発送は20日以降にしていただけると助かります。'],
  ['thanks', false, 'ja', 'JP', '', '返金の件、本日口座への入金を確認いたしました。ご丁寧にありがとうございました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いたけど雨で箱がびしょ濡れ、中の本もふやけて読めません'],
  ['delivery_status', false, 'en', 'US', '', "hi, order says delivered at 2:14pm but i was home all afternoon working at my kitchen table and nobody knocked. ring camera shows nothing either. can you check with the driver?"],
  ['delivery_status', false, 'en', 'UK', '', "Hello, I ordered the hose reel a fortnight ago and the order still shows as 'dispatching soon'. Is there a problem with stock? Kind regards, Gillian"],
  ['delivery_status', false, 'en', 'US', '', 'any news on the dog bed? 🐶'],
  ['delivery_status', false, 'en', 'IN', 'Inquiry from Amazon customer Karthik S (Order: 406-1182734-5520917)', 'Dear seller, courier boy called and said address not found and now it is showing RTO. Kindly arrange re-delivery, I am available full day at home. Thanks'],
  ['refund_request', false, 'en', 'CA', '', 'Hi there, the protein powder I returned was dropped at Canada Post on Oct 3. Amazon says the return was received but I only got back $31 of the $46 I paid. Can you tell me what happened to the rest?'],
  ['refund_request', false, 'en', 'US', '', "hey so I paid with a gift card plus my visa and after you cancelled the order only the gift card part came back. visa still shows the $22.18"],
  ['refund_request', false, 'en', 'AU', '', "G'day, we paid for Express Post because it was a birthday present and it came the normal way, took 6 days. Could we at least get the difference back? Cheers, Bronwyn"],
  ['product_question', false, 'en', 'US', '', 'Do you deliver to PO boxes in Alaska? Thinking about ordering two.'],
  ['delivery_status', false, 'de', 'DE', '', 'Guten Tag, die Sendung liegt laut DPD seit Donnerstag im Depot Hamburg. Könnten Sie bitte nachhaken? Mit freundlichen Grüßen, J. Brandt'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, der Bote hat eine Karte eingeworfen, das Paket sei in einer Filiale abholbereit, aber es steht nicht drauf welche. Wissen Sie mehr?'],
  ['refund_request', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, am 14. wurden mir 59,99 € für die Bestellung abgebucht, die Sie am selben Tag storniert haben, weil der Artikel nicht mehr lieferbar war. Bitte überweisen Sie mir den Betrag zurück.'],
  ['refund_request', false, 'de', 'AT', '', 'Servus, hab grad gesehen, dass der Rasenmäher jetzt 40 Euro weniger kostet. Hab ihn vor 3 Tagen gekauft. Geht da was?'],
  ['other', false, 'de', 'DE', '', 'Bitte das Paket einfach in die Garage stellen, das Tor ist tagsüber offen.'],
  ['delivery_status', false, 'fr', 'BE', '', "Bonjour, bpost indique que le colis a été déposé dans un point Poste mais je ne sais pas lequel et je n'ai rien trouvé dans ma boîte aux lettres. Pouvez-vous m'aider ? Bien à vous"],
  ['delivery_status', false, 'fr', 'CA', '', "Allo, ça fait 3 semaines que j'ai commandé les pneus d'hiver, je commence à être inquiet là. Est-ce que c'est parti?"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai renvoyé les bottines (trop petites) il y a 15 jours, le retour a bien été réceptionné mais je n'ai rien vu revenir sur ma carte. Merci de faire le nécessaire."],
  ['refund_request', false, 'fr', 'FR', '', 'Bonjour, la commande est arrivée avec 9 jours de retard alors que j\'avais payé la livraison express 7,99 €. Serait-il possible de récupérer ces frais ?'],
  ['delivery_status', false, 'it', 'IT', '', "Buonasera, ho ordinato il seggiolino auto il 3 e il tracking di GLS dice 'in attesa di ritiro' da sei giorni. È normale?"],
  ['refund_request', false, 'it', 'IT', '', 'Salve, ho reso il cappotto con Poste Italiane il 10 novembre, vedo che vi è stato consegnato ma dei soldi ancora niente. Grazie'],
  ['refund_request', false, 'it', 'IT', '', "Buongiorno, mi avete fatto pagare 4,90 € di spedizione ma l'ordine superava i 29 €, quindi doveva essere gratuita. Potete restituirmeli?"],
  ['delivery_status', false, 'es', 'MX', '', 'Hola buenas tardes, compré unos tenis para mi hijo y la paquetería dice que ya se entregó pero aquí no llegó nada, ya pregunté con los vecinos. ¿Me pueden apoyar?'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, ¿sabéis algo de la cafetera? Pedido del día 2 y sigo sin noticias.'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, me habéis devuelto 20 € en vez de los 45 € que pagué por las zapatillas devueltas. ¿Podéis revisarlo?'],
  ['refund_request', false, 'nl', 'NL', '', 'Goedemiddag, de retour is volgens DHL op 5 november bij jullie afgeleverd maar het bedrag staat nog steeds niet op mijn rekening. Groet, Pieter'],
  ['delivery_status', false, 'pl', 'PL', '', "Witam, zamówienie opłacone 5 dni temu a status ciągle 'oczekuje na wysyłkę'. Kiedy wyślecie?"],
  ['delivery_status', false, 'sv', 'SE', '', "Hej, när kan jag räkna med paketet? Det står bara 'behandlas' sedan i fredags."],
  ['delivery_status', false, 'pt', 'BR', '', 'Olá, comprei o fone no dia 10 e até agora nada, o código de rastreio não mostra nada no site dos Correios. Vocês podem verificar?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, iade ettiğim ayakkabının parası 2 haftadır hesabıma geçmedi.'],
  ['refund_request', false, 'ja', 'JP', '', 'キャンセルして1週間たちますが、ギフト券で払った分がアカウントの残高に戻っていません。確認してもらえますか。'],
  ['other', true, 'en', 'US', '', "Can you please send it out today even though my payment says pending? My bank said it clears Monday, I'm good for it."],
];

export const PROBES_8 = fromRows(rows);

/**
 * Probes whose own rules (delivery, refund) are right but whose result is not, because of a file outside them; each
 * names the culprit and what should change there. Run with it.fails: when a fix elsewhere makes one pass, its test
 * fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [
];

export const KNOWN_GAPS_8 = fromGapRows(gaps);
