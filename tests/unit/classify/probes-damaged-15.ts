/**
 * Round-15 probes for the damage rules' blind spots after a receipt confirmation ("arrived, but …", 届きましたが…,
 * "è arrivato ma …", "ist angekommen, aber …"): a wrong item told as "X instead of Y" or "I ordered X and got Y", dents,
 * leaks, a lid or zip that does not close, parts missing ("everything except the cable"), a burned-out motor with a
 * refund wish. The near-misses must keep their category: an invoice that arrived without the tax number, a gift wrap
 * that was not there, "everything arrived, nothing missing", a delivery that came instead of on Monday. Written for
 * these tests, never copied or paraphrased from the dev corpus or the training files; measured before any fix (counts
 * in the commit log). Batch 1 (55 rows, then 8 near-misses of the new phrases) was measured before any fix; batch 2
 * after the first fix.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── wrong item: size, colour, model, wattage told as "X instead of Y" / "ordered X, got Y"
  ['damaged_or_defective', false, 'de', 'DE', '', 'Die Schuhe sind da, aber in Größe 42 statt 44.'],
  ['damaged_or_defective', false, 'de', 'AT', 'Falsche Farbe', 'Hallo, der Pullover ist gekommen, leider in Grau statt in Dunkelblau wie bestellt.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Ha llegado el pedido pero es la funda del iPhone 13 en lugar de la del 15.'],
  ['damaged_or_defective', false, 'es', 'CO', '', 'buenas, recibi la caja pero vino el modelo de 2 litros en vez del de 3'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il pacco è arrivato, però dentro c’era la versione da 128 GB al posto di quella da 256.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Reçu ce matin, mais c’est la taille 38 et non la 40 que j’avais commandée.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'It came today but I ordered the queen size and got a twin.'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'received the parcel. ordered black colour, got a white one inside'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '本日受け取りましたが、サイズが注文したものと違っていました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いたんですけど頼んだのと色がちがう…'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Het pakket is binnen, maar ik kreeg maat L in plaats van M.'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Chegou, mas mandaram o tamanho 40 em vez do 42.'],
  // ── dents
  ['damaged_or_defective', false, 'de', 'DE', '', 'Angekommen ist sie, aber die Thermoskanne ist an der Seite verbeult.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Le colis est bien arrivé mais la boîte en métal est toute cabossée sur le dessus.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'è arrivata la pentola ma il bordo è ammaccato in due punti'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届きましたが、缶の側面がへこんでいる状態でした。'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'Arrived okay but the kettle has a dent right by the spout.'],
  // ── leaks
  ['damaged_or_defective', false, 'it', 'IT', '', 'Ricevuto il pacco ma la bottiglia di olio ha perso liquido su tutto.'],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Das Paket ist angekommen, aber das Shampoo ist ausgelaufen und alles klebt.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Got the box today, the bottle of dish soap leaked all over the other stuff.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '受け取りました。ですが、化粧水が箱の中で漏れていました。'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Me llegó ayer pero el bote de gel se ha salido y está todo pringado.'],
  ['damaged_or_defective', false, 'fr', 'CA', '', "Bien reçu mais l'huile a coulé partout dans le carton."],
  // ── lids, zips, doors that do not close
  ['damaged_or_defective', false, 'it', 'IT', '', 'Arrivata la valigia, però la cerniera non si chiude fino in fondo.'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'ya me llego la lonchera pero la tapa no cierra bien'],
  ['damaged_or_defective', false, 'en', 'AU', '', "Arrived yesterday, but the lid on the storage tub won't close properly."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Ist angekommen, aber der Deckel der Brotdose schließt nicht richtig.'],
  // ── missing parts
  ['damaged_or_defective', false, 'it', 'IT', '', 'Mi è arrivato tutto tranne l’alimentatore, nel pacco non c’era.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'Everything arrived except the remote, it was not in the box.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Tout est arrivé sauf le pied du lampadaire.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Llegó todo menos el cable de carga.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Alles angekommen bis auf die Fernbedienung, die lag nicht im Karton.'],
  ['damaged_or_defective', false, 'ja', 'JP', '山本様からのお問い合わせ', 'お世話になります。本日商品が届きました。しかし、取扱説明書と六角レンチが同梱されておりませんでした。'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Paczka doszła, ale w środku nie było ładowarki.'],
  // ── a burned-out motor told with a refund wish
  ['damaged_or_defective', false, 'es', 'ES', '', 'La batidora llegó bien pero al segundo uso se quemó el motor. Quiero que me devuelvan el dinero.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il frullatore è arrivato, ma dopo una settimana il motore si è bruciato. Vorrei il rimborso.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Reçu il y a 10 jours, le moteur de l'aspirateur a grillé hier. Je souhaite être remboursé."],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いて3日目でモーターが焼けてしまいました。返金してください。'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Ürün geldi ama motoru ilk gün yandı, paramı iade edin.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Den kom fram men motorn brann upp efter två dagar, jag vill ha pengarna tillbaka.'],
  // ── near-misses that keep their category
  ['invoice_request', false, 'es', 'ES', '', 'Me ha llegado la factura sin el CIF de mi empresa, ¿me la pueden rehacer?'],
  ['invoice_request', false, 'fr', 'FR', '', "La facture est arrivée sans le numéro de TVA, pourriez-vous m'en envoyer une corrigée ?"],
  ['invoice_request', false, 'it', 'IT', '', 'La fattura mi è arrivata senza la partita IVA, potete correggerla?'],
  ['thanks', false, 'it', 'IT', '', 'È arrivato tutto, non manca niente. Grazie!'],
  ['thanks', false, 'en', 'US', '', 'Everything arrived, nothing missing, thanks a lot!'],
  ['thanks', false, 'de', 'DE', '', 'Alles angekommen, nichts ausgelaufen, danke!'],
  ['thanks', false, 'ja', 'JP', '', '届きました。注文した通りの色で安心しました。ありがとうございます。'],
  ['delivery_status', false, 'de', 'DE', '', 'Die Sendung sollte Montag statt Freitag kommen, ist aber immer noch nicht da. Wo ist sie?'],
  ['return_request', false, 'en', 'US', '', 'It arrived fine, but I ordered the wrong size myself. Can I send it back for a refund?'],
  ['product_question', false, 'ja', 'JP', '', 'こちらの商品には説明書とネジは付属していますか？'],
  ['product_question', false, 'it', 'IT', '', 'Il coperchio si chiude ermeticamente? Vorrei usarlo per la zuppa.'],
  ['return_request', false, 'es', 'ES', '', 'Llegó todo perfecto, pero me queda pequeño. ¿Puedo devolverlo?'],
  ['thanks', false, 'pt', 'BR', '', 'Chegou tudo certinho, nada faltando, obrigado!'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün geldi, hiçbir sorun yok, teşekkürler.'],
  ['thanks', false, 'de', 'DE', '', 'Alles da, es fehlt nichts. Danke!'],
  ['return_request', false, 'de', 'DE', '', 'Kann ich die Jacke in Größe M statt L umtauschen? Sie ist zu klein.'],
  ['thanks', false, 'it', 'IT', '', 'La consegna è arrivata giovedì invece di lunedì, comunque tutto ok, grazie.'],
  ['thanks', false, 'es', 'MX', '', 'Mi pedido llegó el martes en vez del lunes, pero todo bien. ¡Gracias!'],
  ['invoice_request', false, 'en', 'UK', '', 'The invoice arrived without the VAT number, can you send a corrected one?'],
  ['invoice_request', false, 'de', 'DE', '', 'Die Rechnung kam ohne die USt-IdNr., können Sie sie korrigieren?'],
  ['invoice_request', false, 'pt', 'BR', '', 'A nota fiscal chegou sem o CNPJ, podem corrigir?'],
  ['product_question', false, 'en', 'US', '', 'Where is it made? The listing doesn’t say.'],
  // ── batch 2 (written after the first fix, measured before the second: rules 6 / full 1 of 28 wrong)
  ['damaged_or_defective', false, 'en', 'US', '', 'Hi, the order showed up yesterday but the tin is all dented on one corner and the lid wont go back on.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'Parcel came fine, sadly the candle jar had leaked wax everywhere, not usable.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'got my package but you guys sent the 12 pack instead of the 24 pack I paid for'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Paket kam heute an. Leider ist die Dose verbeult und der Deckel geht nicht mehr zu.'],
  ['damaged_or_defective', false, 'de', 'AT', '', 'Bestellung erhalten, aber statt der schwarzen Hülle ist eine rote drin.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Ist heute gekommen, aber die Flasche ist ausgelaufen, der ganze Karton ist nass.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "J'ai bien reçu le colis, par contre le couvercle de la boîte ne ferme plus, il est tordu."],
  ['damaged_or_defective', false, 'fr', 'BE', '', "Colis reçu, mais il manque la notice et les vis."],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Commande reçue, mais on m'a envoyé du 42 à la place du 44."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Consegnato stamattina, peccato che la lattina sia tutta ammaccata e il tappo non si chiuda.'],
  ['damaged_or_defective', false, 'it', 'IT', '', "Arrivato, ma il colore è diverso: ho ordinato il verde e mi è arrivato il blu."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Ricevuto, però il flacone si è aperto durante il trasporto e il sapone è uscito tutto.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Recibí el paquete, pero la botella venía abierta y se ha derramado todo el aceite.'],
  ['damaged_or_defective', false, 'es', 'AR', '', 'Llegó el pedido, pero falta el cargador, en la caja no estaba.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Ya lo tengo, pero en lugar del color beige me ha llegado gris.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '商品届きました。が、缶がべこべこに凹んでました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '受け取りましたが、ボトルのキャップが緩んでいて中身が漏れ出していました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '到着しました。ただ、注文した商品と違うものが入っていました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届きました。しかしリモコンが入ってなかったです。'],
  ['damaged_or_defective', false, 'nl', 'BE', '', 'Het is aangekomen, maar de fles is gaan lekken in de doos.'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Recebi, mas veio tudo menos o carregador.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Kargo geldi ama kutu ezik ve şişe akmış.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Przesyłka doszła, ale puszka jest wgnieciona.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Paketet kom men flaskan hade läckt ut i kartongen.'],
  ['thanks', false, 'en', 'US', '', 'Arrived today, nothing leaked, nothing dented. Great packing, thanks!'],
  ['invoice_request', false, 'de', 'DE', '', 'Die Rechnung ist angekommen, aber statt meiner Firma steht mein Privatname drauf. Bitte ändern.'],
  ['delivery_status', false, 'en', 'US', '', 'Got the shipping email but the parcel never arrived instead of Monday as promised, where is it?'],
  ['return_request', false, 'it', 'IT', '', 'Arrivato tutto perfetto, ma vorrei cambiarlo con la taglia L al posto della M. Come faccio il reso?'],
  ['thanks', false, 'it', 'IT', '', 'Ho ordinato lunedì e mi è arrivato il giorno dopo, grazie mille!'],
  ['thanks', false, 'es', 'ES', '', 'En lugar del lunes me llegó el miércoles, pero todo bien, gracias.'],
  ['thanks', false, 'nl', 'NL', '', 'Alles goed aangekomen, niets gelekt. Bedankt!'],
  ['thanks', false, 'sv', 'SE', '', 'Paketet kom fram, inget hade läckt ut. Tack!'],
  ['thanks', false, 'it', 'IT', '', 'Arrivato tutto intatto, non è uscito niente. Grazie!'],
];

export const PROBES_DAMAGED_15 = fromRows(rows);

/**
 * Rows decided by files outside rules/damaged.ts and rules/product.ts: each names the culprit and the change it needs.
 * Run with it.fails, so a fix there shows up as a failing test and the row moves up.
 */
const gaps: GapRow[] = [
  ['refund_request', false, 'en', 'US', '', 'I paid for gift wrapping but the present came without any wrap, can I get that charge refunded?', 'rules/refund.ts: "can I get that charge refunded?" asks money back for the paid gift wrap; no refund phrase takes "get … charge refunded" (damage no longer takes "came without any wrap")'],
];

export const KNOWN_GAPS_DAMAGED_15 = fromGapRows(gaps);
