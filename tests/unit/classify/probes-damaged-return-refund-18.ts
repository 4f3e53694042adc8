/**
 * Round-18 probes for five errors the damage, return and refund rules kept making:
 * (1) "I will NOT send it back" read as a wish to return (the category is the complaint's);
 * (2) a defect, wrong or missing part with "money back / Geld zurück / remboursez-moi" filed as refund_request (the
 *     TAXONOMY order keeps damaged_or_defective);
 * (3) defects told without a "broken" word: heats on one side only, hisses or crackles, blinks, another keyboard layout
 *     or plug than the listing, a fabric tag that contradicts the listing, two sizes in one pair;
 * (4) exchange and return questions ("can they go back?", "si possono cambiare?") filed as product_question;
 * (5) refund words taken by other rules ("rimborso incompleto", 付属品 in a refund story, "the rest is missing").
 * Each family comes with near-misses that keep their category (pre-sale questions, a battery that can be changed, a
 * wish to keep the item, a return wish with no defect). Written for these tests, never copied or paraphrased from the
 * dev corpus or the training files; measured before any fix (counts in the commit log).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── (1) the buyer refuses to send it back: the complaint decides
  ['damaged_or_defective', false, 'es', 'MX', '', 'Las copas llegaron rotas. No voy a regresarlas porque el envío cuesta más que ellas, solo quiero que me devuelvan lo que pagué.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'De deksel van de pan is gebarsten aangekomen. Terugsturen doe ik niet, dat kost meer dan de pan zelf. Graag mijn geld terug.'],
  ['damaged_or_defective', false, 'fr', 'FR', 'Tasse fêlée', "La tasse est arrivée fêlée. Vous la retourner ? non, le port coûte plus cher que la tasse. Merci de me rembourser."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il vetro della cornice è arrivato crepato. Non la rispedisco, la spedizione costa più della cornice: rimborsatemi per favore.'],
  ['damaged_or_defective', false, 'en', 'UK', '', "The charger stopped working after two days. I'm not sending it back, postage is more than it cost. Just refund me please."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Der Stabmixer ist nach dem ersten Einsatz defekt. Zurückschicken werde ich ihn nicht, das Porto ist teurer als das Gerät.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Bardaklar kırık geldi, geri göndermeyeceğim, kargo ücreti bardaklardan pahalı. Paramı iade edin.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'お皿が割れて届きました。返送はしません、送料の方が高いので。返金だけお願いします。'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'El secador dejó de funcionar a la semana. No pienso devolverlo, me sale más caro el envío; quiero el reembolso.'],
  // near-misses: keeping it is not wanted, so it IS a return wish; money with no complaint is a refund.
  ['return_request', false, 'es', 'MX', '', 'No me voy a quedar con las sandalias, no me gustaron. ¿Cómo las regreso?'],
  ['return_request', false, 'fr', 'BE', '', "Je ne vais pas garder le pull, il ne me plaît pas. Je souhaite vous le retourner."],
  ['refund_request', false, 'it', 'IT', '', 'Non lo rispedisco perché mi avete detto voi di tenerlo, ma il rimborso non è ancora arrivato.'],
  // ── (2) a defect, wrong or missing part plus money back stays damaged_or_defective
  ['damaged_or_defective', false, 'de', 'AT', '', 'Der Wasserkocher tropft unten am Boden. Ich möchte bitte mein Geld zurück.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The zipper on the jacket broke the first time I wore it. I just want my money back.'],
  ['damaged_or_defective', false, 'fr', 'CA', '', "L'écran de la montre est rayé sur toute la largeur. Remboursez-moi s'il vous plaît."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Nella scatola manca il cavo di alimentazione. Voglio indietro i miei soldi."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Me mandaron la talla equivocada, una M en vez de la XL. Devuélvanme el dinero, por favor.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '箱を開けたらガラスの天板にヒビが入っていました。返金でお願いします。'],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Es fehlt das Netzteil im Karton. Geld zurück bitte, ich kaufe es woanders.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Kubek przyszedł pęknięty, proszę o zwrot pieniędzy.'],
  // near-misses: money back without a defect claim is refund_request.
  ['refund_request', false, 'en', 'US', '', "Nothing wrong with the blender, I just found it cheaper locally. Can I get my money back?"],
  ['refund_request', false, 'de', 'DE', '', 'Meine Rücksendung liegt seit zwei Wochen bei Ihnen, das Geld habe ich aber noch nicht zurück.'],
  // ── (3) defects told without a "broken" word
  ['damaged_or_defective', false, 'en', 'UK', '', 'The electric blanket only gets warm at the foot end, the top half stays stone cold.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Die Heizdecke wird nur auf einer Seite warm, die andere bleibt kalt.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Les écouteurs grésillent dès que je monte un peu le son.'],
  ['damaged_or_defective', false, 'it', 'IT', '', "C'è un fruscio continuo nella cassa bluetooth anche a volume bassissimo."],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Głośnik syczy cały czas, nawet kiedy nic nie gra.'],
  ['damaged_or_defective', false, 'en', 'IE', '', 'The keyboard I received has a German layout, the listing clearly said UK layout.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Das Netzteil hat einen britischen Stecker, laut Beschreibung sollte es ein EU-Stecker sein.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'La etiqueta de la camisa pone 60 % poliéster, pero en el anuncio decía 100 % algodón.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'タグを見たらポリエステル60%と書いてありました。商品ページでは綿100%となっていたのですが…'],
  ['damaged_or_defective', false, 'en', 'US', '', 'the left sneaker is a size 9 and the right one is a 10??'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'La guirlande clignote toute seule même en mode fixe.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Lampan blinkar hela tiden fast den är helt ny.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ライトがずっと点滅していて、普通に点灯しません。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '電気毛布ですが、片側しか温まりません。'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'la bocina hace un zumbido y chisporrotea cuando la conecto'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Ayakkabıların biri 40 diğeri 41 numara geldi.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'O teclado veio com layout americano, no anúncio dizia ABNT2.'],
  // near-misses: the same words asked before buying, or a fix that worked.
  ['product_question', false, 'en', 'US', '', 'Does this keyboard come in a UK layout or only US?'],
  ['product_question', false, 'de', 'DE', '', 'Hat das Ladegerät einen EU-Stecker oder brauche ich einen Adapter?'],
  ['product_question', false, 'fr', 'FR', '', 'Est-ce que la couverture chauffe de façon uniforme des deux côtés ?'],
  // ── (4) exchange and return questions after delivery
  ['return_request', false, 'it', 'IT', '', 'Mi sono arrivate le ciabatte ma sono piccole. Si possono cambiare?'],
  ['return_request', false, 'tr', 'TR', '', 'Beden küçük geldi, değiştirebilir miyiz?'],
  ['return_request', false, 'es', 'ES', '', '¿Se puede cambiar por otro color? El rojo no me convence en persona.'],
  ['return_request', false, 'en', 'AU', '', 'The boots are lovely but too narrow for me. How do I get them back to you?'],
  ['return_request', false, 'en', 'US', '', 'ordered two by mistake, can one of them go back?'],
  ['return_request', false, 'de', 'DE', '', 'Kann man die Vorhänge noch umtauschen? Die Farbe gefällt meiner Frau nicht.'],
  ['return_request', false, 'fr', 'FR', '', "Est-ce qu'on peut les échanger contre une taille plus grande ?"],
  ['return_request', false, 'ja', 'JP', '', 'サイズが小さかったので、大きいのと替えてもらうことはできますか？'],
  ['return_request', false, 'pt', 'BR', '', 'Chegou certinho, mas ficou pequeno. Dá para trocar por um tamanho maior?'],
  ['return_request', false, 'nl', 'NL', '', 'Kan ik deze nog ruilen voor een maatje groter?'],
  // near-misses: changing a part of the product, or asked before buying.
  ['product_question', false, 'it', 'IT', '', 'Le batterie del telecomando si possono cambiare o sono saldate?'],
  ['product_question', false, 'es', 'MX', '', '¿Se puede cambiar la correa del reloj por una de piel?'],
  ['product_question', false, 'en', 'US', '', 'Before I order: if the size is wrong, can I exchange it for free?'],
  // ── (5) refund stories that use other rules' words
  ['refund_request', false, 'it', 'IT', 'Rimborso incompleto', 'Buongiorno, mi avete rimborsato 20 euro invece di 35. Potete sistemare?'],
  ['refund_request', false, 'ja', 'JP', '', '付属品もすべて揃えて返送しましたが、まだ返金されていません。ご確認ください。'],
  ['refund_request', false, 'es', 'ES', '', 'Me llegó el reembolso pero falta el resto: pagué 40 € y me devolvieron 25 €.'],
  ['refund_request', false, 'en', 'CA', '', 'Refund came through but there is a missing amount of $12, the shipping was not refunded.'],
  ['refund_request', false, 'de', 'DE', '', 'Die Erstattung ist unvollständig, es fehlen noch 15 Euro vom Kaufpreis.'],
  ['refund_request', false, 'fr', 'FR', '', "Remboursement incomplet : il manque 10 € par rapport à ce que j'ai payé."],
  // near-misses: an incomplete set is a missing part.
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il set di pentole è incompleto, manca il coperchio grande.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '付属品の充電ケーブルが入っていませんでした。'],
  // ── near-misses of the new phrases (written after the fixes)
  ['damaged_or_defective', false, 'fr', 'FR', '', "Le grille-pain ne chauffe que d'un côté. De vous le retourner ? non, le port est trop cher. Remboursez-moi."],
  ['return_request', false, 'en', 'US', '', "I don't like them and want to return them, they are still in the box."],
  ['return_request', false, 'it', 'IT', '', 'Non mi piacciono e vorrei restituirle, sono ancora incartate.'],
  ['product_question', false, 'en', 'UK', '', 'Is the keyboard a UK layout? The photos show QWERTZ keys but the title says UK.'],
  ['product_question', false, 'it', 'IT', '', 'Prima di ordinare: le lame si possono cambiare?'],
  ['product_question', false, 'es', 'MX', '', '¿Se puede cambiar la correa por otra más larga?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Faltan 2 patas de la mesa, solo venían dos en la caja.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Es fehlen 2 Schrauben für die Rückwand.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Il manque 2 vis pour fixer le plateau.'],
  ['refund_request', false, 'it', 'IT', '', 'Ho restituito le due lampade ma mi mancano 29,90 € del rimborso.'],
  ['return_request', false, 'de', 'DE', '', 'Kann ich die Jacke zurückschicken? Sie ist mir zu weit.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Våffeljärnet blir bara varmt i ena halvan, den andra är kall.'],
  ['return_request', false, 'sv', 'SE', '', 'Jackan är för liten, kan jag byta den mot en större storlek?'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'De koptelefoon knettert aan de linkerkant zodra er muziek speelt.'],
];

export const PROBES_DAMAGED_RETURN_REFUND_18 = fromRows(rows);

/**
 * Rows decided by files outside rules/damaged.ts, rules/return.ts and rules/refund.ts: each names the culprit and the
 * change it needs. Run with it.fails, so a fix there shows up as a failing test and the row moves up.
 */
const gaps: GapRow[] = [
  ['damaged_or_defective', false, 'it', 'IT', '', 'Le scarpe hanno due numeri diversi, la sinistra è un 42 e la destra un 43.', 'language.ts: read as French ("Le", "la", "un"); the Italian "scarpe", "numeri diversi", "sinistra", "destra" should outweigh them (the category is right)'],
  ['product_question', false, 'es', 'ES', '', '¿La camisa es 100 % algodón o lleva poliéster?', 'rules/product.ts: a fabric question before buying ("¿es 100 % algodón?") reads no product phrase; the learned model files it'],
];

export const KNOWN_GAPS_DAMAGED_RETURN_REFUND_18 = fromGapRows(gaps);
