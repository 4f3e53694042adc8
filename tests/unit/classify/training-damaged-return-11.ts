/**
 * Round-11 training messages for the learned model (lib/classify/learned/), areas damaged_or_defective and
 * return_request (including Amazon's return authorization notices). Fresh labelled buyer messages written for the
 * model's training in the style of the evaluation data, never copied or paraphrased from the dev corpus or earlier
 * probe and training files: one-liners to long stories, concerns told without the category's obvious keyword,
 * registers from keigo to emoji, non-native English and typos, marketplace habits, near-misses of other categories
 * and the scam flag true and false as TAXONOMY.md says. Every row carries its true labels, whatever the classifier
 * says today. Written in batches of about 30, each measured before the next (see the commit log for the counts).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', '水槽用ヒーター、設定を26度にしてるのに朝見たら水温計が31度…魚が弱ってます。サーモスタットがおかしいと思います'],
  ['return_request', false, 'ja', 'JP', '', 'カーテン、採寸を間違えて丈178cmを買ってしまいました。200cmのものと取り替えは可能でしょうか？フックはまだ付けていません。'],
  ['damaged_or_defective', false, 'ja', 'JP', '万年筆について', 'お世話になっております。先日購入しました万年筆ですが、キャップを閉めて胸ポケットに入れておいたところ、インクが漏れてシャツが汚れてしまいました。二度ほど試しましたが同様です。ご確認いただけますと幸いです。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-7720419-3318265）', '出品者様\n\nお客様から返品リクエストが届きました。\n\n注文番号：503-7720419-3318265\n商品名：電動歯ブラシ 替えブラシ 8本入り\n数量：1\n返品理由：間違って注文した\n購入者コメント：本体の型番と合わないものを買ってしまいました\n\n返品管理ページから承認または却下を行ってください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ジグソーパズル1000ピース、最後の１ピースがありません😭 掃除機で吸った可能性も調べたけど無かったです'],
  ['product_question', false, 'ja', 'JP', '', '購入したラベルプリンター、スマホアプリとペアリングするにはどのボタンを長押しすればいいですか？'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'Ski goggles came with a crack right across the lens, you can feel it with your fingernail. Off to the Alps on Saturday, what can you do?'],
  ['return_request', false, 'en', 'US', '', 'hey so the standing desk is great but its way too wide for our apartment, like it blocks the closet door. is it ok if i send it back? still have all the foam'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Sir, the jump starter I purchased is not holding charge. Full charge at night, morning it shows 1 bar only. Kindly do the needful.'],
  ['damaged_or_defective', true, 'en', 'US', 'Karaoke mic', 'Mic crackles nonstop, basically unusable. I am NOT paying to ship it back, that is your problem. Refund me today or I open an A-to-z and leave 1 star, your choice.'],
  ['refund_request', false, 'en', 'CA', '', 'I dropped the humidifier off at Canada Post on the 2nd, tracking says you signed for it on the 6th. Still no money back on my Visa. Can you check?'],
  ['return_request', false, 'en', 'AU', 'Return request for order # 250-6619034-2287713', 'Your buyer has requested to return an item.\n\nOrder: 250-6619034-2287713\nItem: Garmin Edge 540 Bike Computer\nReturn reason: Defective or does not work properly\nComments from buyer: screen freezes mid ride, have to hold power to reset'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, die Motoren des Schreibtischgestells laufen nicht synchron, eine Seite fährt schneller hoch und die Platte steht schief. Reset laut Anleitung hat nichts gebracht.'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, die Wanderschuhe sind eine halbe Nummer zu klein. Kann ich sie gegen 43 tauschen? Nur kurz in der Wohnung anprobiert.'],
  ['damaged_or_defective', false, 'de', 'AT', 'Lieferung unvollständig', 'Servus, beim Lego Technic Bagger fehlt Beutel Nummer 7, wir sind mitten im Bauen stecken geblieben. Mein Sohn ist ziemlich enttäuscht.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la peinture reçue n'a rien à voir avec la teinte « vert sauge » de la fiche produit, c'est un kaki très foncé. J'ai comparé avec le nuancier du site."],
  ['return_request', false, 'fr', 'BE', '', "Bonsoir, finalement mon mari m'a offert la même machine à coudre pour Noël... Je peux vous renvoyer la mienne ? Le carton n'a pas été ouvert."],
  ['return_request', false, 'fr', 'FR', "Demande d'autorisation de retour pour la commande n° 171-2093847-6612035", "Votre client a demandé à retourner un article.\n\nCommande : 171-2093847-6612035\nArticle : Tire-lait électrique double Medela\nMotif du retour : N'est plus nécessaire\nCommentaire de l'acheteur : bébé ne prend que le sein finalement"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, il telescopio è arrivato ma l'oculare da 25mm ha un graffio proprio al centro, si vede un alone in ogni osservazione."],
  ['return_request', false, 'it', 'IT', 'Reso', "Ciao! ho preso le corde per chitarra sbagliate, servivano per classica e sono per acustica. Posso rimandarvele? busta ancora sigillata"],
  ['damaged_or_defective', false, 'it', 'IT', '', "buongiorno il deumidificatore fa un rumore tipo trapano appena parte il compressore, dopo 10 minuti si spegne da solo. non è normale vero?"],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, la funda del móvil que me llegó es para el modelo Plus y yo pedí la normal, en el pedido lo pone claramente.'],
  ['return_request', false, 'es', 'MX', '', 'buenas tardes, compré la licuadora pero me regalaron una en mi cumpleaños, ¿puedo devolverla? no la he sacado de la caja'],
  ['damaged_or_defective', false, 'es', 'ES', 'Tapón roto', 'Buenos días. El termo llegó con la tapa partida por la rosca, pierde agua en cuanto lo inclinas. Adjunto fotos. Un saludo'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hoi, de drone vliegt niet recht, trekt steeds naar links ook na kalibreren. Een van de propellers lijkt krom uit de doos gekomen.'],
  ['return_request', false, 'nl', 'BE', '', 'Dag, het dekbed is toch te warm voor de zomer. Mag ik het terugsturen? Verpakking is nog dicht.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Oi, o fone chegou mas o lado direito não carrega no estojo, a luz nem acende. Já limpei os contatos.'],
  ['return_request', false, 'pt', 'PT', '', 'Boa tarde, encomendei a mochila em preto mas prefiro a cinzenta afinal. É possível trocar? Ainda tem a etiqueta.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, kahve makinesinin su haznesi çatlak geldi, masaya su sızıyor. Ne yapmam gerekiyor?'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, zamówiłem dwa takie same kable przez pomyłkę. Jeden chciałbym odesłać, jest nieotwarty.'],
];

export const TRAINING_DAMAGED_RETURN_11: Example[] = fromRows(rows);
