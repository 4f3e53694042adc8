/**
 * Round-2 probe messages for the "problem" categories (damaged_or_defective, return_request, refund_request,
 * delivery_status), written for these tests in the styles the first round (probes-problems.ts) under-used:
 * non-native English (Indian, Nigerian, Filipino, Chinese and Arabic speakers), all-caps anger, one-liners and long
 * rambling messages with the request in the middle; casual Japanese with emoji, elderly keigo, business buyers
 * (弊社・御社), half-width katakana, no punctuation; du/Sie and Austrian/Swiss German, informal French (bjr, svp, no
 * accents), Spain and Latin-American Spanish; and at least six each in Portuguese, Turkish, Polish, Dutch and Swedish.
 * Never copied or paraphrased from the dev corpus.
 */
import type { Example } from './examples';
import type { Category } from '@/lib/classify/taxonomy';

type Row = [Category, boolean, string, string, string, string];

const rows: Row[] = [
  // ── damaged_or_defective: non-native and angry English
  ['damaged_or_defective', false, 'en', 'IN', '', 'Respected sir, i am received the mixer grinder yesterday only but the big jar is having crack in bottom side. Kindly do the needful and send new jar.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Good day sir, the power bank you sent me is not charging at all since i collect it. Please what can be done'],
  ['damaged_or_defective', false, 'en', 'US', '', 'hi po, the blender i ordered is not turning on po. i already try other socket. pls help thank u'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Hello, I receive the shoes today, left shoe sole is open and glue come out everywhere. Please give me solution.'],
  ['damaged_or_defective', false, 'en', 'AE', '', 'Dear seller, the watch reached me but the glass is break from the side. I need change it please.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'THE TV ARRIVED WITH THE SCREEN SMASHED!!! I WANT THIS SORTED TODAY'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'left earbud dead'],
  ['damaged_or_defective', false, 'en', 'US', 'Birthday present', "Hi there, so I ordered this for my daughter's birthday which was on Sunday, we had the whole family over, and when she opened it in front of everyone the doll's arm was hanging off by a thread, she was so upset. We tried to push it back in but it won't stay. I don't want to make a fuss but I'd appreciate it if you could do something. My husband says I should just leave a review but I wanted to contact you first. Regards, Karen"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'sir the table fan making very loud noise and not rotating properly from day one itself'],
  ['damaged_or_defective', true, 'en', 'US', '', 'Speaker is broken out of the box. Send the refund to my PayPal jose.m.deals@gmail.com, I am not returning it.'],

  // ── damaged_or_defective: Japanese
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いたやつ電源つかないんだけど😢'],
  ['damaged_or_defective', false, 'ja', 'JP', '電気ポットの件', '拝啓 時下ますますご清栄のこととお慶び申し上げます。さて、先日そちら様より購入いたしました電気ポットでございますが、いくら待ってもお湯が沸かず困っております。お手数をおかけいたしますが、いかがいたしたらよろしいでしょうか。敬具'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'いつもお世話になっております。株式会社ミドリ総務部の田中でございます。先日弊社にて購入いたしましたトナー10本のうち、2本が液漏れしておりました。御社にてご対応いただけますでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ﾊﾞｯﾃﾘｰがﾊﾟﾝﾊﾟﾝに膨らんでます。使って大丈夫ですか'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '箱を開けたらカップの取っ手が取れてました交換してほしいです'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'Bluetoothのペアリングができません。スマホの一覧にも出てきません'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ズボンの縫い目がほつれてて、穴あいてるんですけど…'],

  // ── damaged_or_defective: German (du/Sie, Austria, Switzerland), French, Italian, Spanish
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hey, die Lampe, die du mir geschickt hast, ist hinüber. Das Glas ist gesprungen.'],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Grüezi, das Veloschloss ist defekt, der Schlüssel lässt sich nicht drehen. Freundliche Grüsse'],
  ['damaged_or_defective', false, 'de', 'AT', '', 'Servus, der Wasserkocher schaltet nimmer ab, wenn das Wasser kocht. Was machen wir da?'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'bjr le chargeur marche pas du tout, vous pouvez m en renvoyer un svp'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Bonjour, le colis est arrivé mais le vase est en mille morceaux.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Buongiorno, la macchinetta del caffè perde acqua da sotto fin dal primo utilizzo.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'ciao il caricabatterie non va, ho provato con tre cavi diversi'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Buenas, el control no prende, ya le cambié las pilas y nada. ¿Me pueden mandar otro?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, la funda ha llegado descosida por un lateral, vaya chapuza.'],

  // ── damaged_or_defective: Portuguese, Turkish, Polish, Dutch, Swedish
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Oi, o fone veio com defeito, o lado esquerdo não sai som.'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Boa tarde, a máquina chegou com a tampa partida. Como procedo?'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'O produto que chegou é diferente do que comprei, pedi preto e veio azul.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, ürün kutudan kırık çıktı.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Aldığım kulaklık çalışmıyor, sol taraftan ses gelmiyor.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Siparişimde iki parça eksik geldi, vidalar yok.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, telewizor przyszedł z pękniętym ekranem.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Witam, odkurzacz przestał działać po tygodniu.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Otrzymałem inny kolor niż zamówiłem.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hoi, de lamp flikkert constant en gaat soms vanzelf uit.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Goedemiddag, ik heb de verkeerde maat ontvangen, ik had L besteld.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej! Hörlurarna fungerar inte, inget ljud i höger lur.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Paketet kom fram men vasen var krossad.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Jag fick fel färg på tröjan.'],

  // ── return_request: English
  ['return_request', false, 'en', 'IN', '', 'Sir I want to return back the product as my son is not liking the design. Pls arrange pickup.'],
  ['return_request', false, 'en', 'US', '', 'Please i wish to send back this gown, the size is too big for me. How do i go about it'],
  ['return_request', false, 'en', 'US', '', 'hello po can i have it replaced with a smaller size? its too big for my baby'],
  ['return_request', false, 'en', 'US', '', 'HOW DO I RETURN THIS?? DONT NEED IT ANYMORE'],
  ['return_request', false, 'en', 'US', '', 'return pls'],

  // ── return_request: Japanese
  ['return_request', false, 'ja', 'JP', '', 'これサイズ合わなかったから返品したいんだけど、どうすればいい？'],
  ['return_request', false, 'ja', 'JP', '', 'ご多忙のところ誠に恐れ入ります。孫への贈り物として注文いたしましたが、既に同じ物を持っていたことが分かりました。未開封でございますので、お返しすることは叶いますでしょうか。'],
  ['return_request', false, 'ja', 'JP', '返品のお願い', '弊社担当者の発注ミスにより、同一商品を2点重複して購入してしまいました。1点を返品させていただきたく、御社の返品手続きについてご教示いただけますと幸いです。'],
  ['return_request', false, 'ja', 'JP', '', 'ﾍﾝﾋﾟﾝ希望です'],
  ['return_request', false, 'ja', 'JP', '', 'まちがえて注文しちゃったので返品したいです未開封です'],
  ['return_request', false, 'ja', 'JP', '', 'このjacket、MからLに交換ってできますか？'],

  // ── return_request: EU
  ['return_request', false, 'de', 'DE', '', 'Hi, kann ich dir die Schuhe zurückschicken? Passen leider nicht.'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi mitenand, ich möchte die Bestellung retournieren, da mir die Farbe nicht zusagt.'],
  ['return_request', false, 'de', 'DE', '', 'Wie lange habe ich Zeit, den Artikel zurückzugeben?'],
  ['return_request', false, 'fr', 'FR', '', 'salut, tu peux me reprendre le sweat ? trop grand pour moi'],
  ['return_request', false, 'it', 'IT', '', 'Ciao, vorrei rendere le scarpe, sono strette. Come faccio?'],
  ['return_request', false, 'es', 'MX', '', 'Hola, ocupo cambiar la talla del pantalón, me quedó chico. ¿Cómo le hago?'],
  ['return_request', false, 'es', 'ES', '', 'Buenas, me gustaría devolver la chaqueta, no me convence el color.'],
  ['return_request', false, 'pt', 'BR', '', 'Olá, gostaria de devolver o tênis, ficou apertado.'],
  ['return_request', false, 'pt', 'PT', '', 'Bom dia, é possível trocar o casaco por um tamanho acima?'],
  ['return_request', false, 'pt', 'BR', '', 'Quero fazer a devolução, me arrependi da compra.'],
  ['return_request', false, 'tr', 'TR', '', 'Ürünü iade etmek istiyorum, rengini beğenmedim.'],
  ['return_request', false, 'tr', 'TR', '', 'Beden küçük geldi, bir büyük bedenle değiştirebilir miyim?'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, iade nasıl yapılıyor?'],
  ['return_request', false, 'pl', 'PL', '', 'Chciałbym zwrócić kurtkę, jest za duża.'],
  ['return_request', false, 'pl', 'PL', '', 'Czy mogę wymienić buty na większy rozmiar?'],
  ['return_request', false, 'pl', 'PL', '', 'Jak mogę odesłać towar?'],
  ['return_request', false, 'nl', 'NL', '', 'Kan ik de schoenen omruilen voor een maat groter?'],
  ['return_request', false, 'nl', 'NL', '', 'Graag zou ik de jas terug willen sturen, hij bevalt me niet.'],
  ['return_request', false, 'sv', 'SE', '', 'Jag skulle vilja lämna tillbaka byxorna.'],
  ['return_request', false, 'sv', 'SE', '', 'Går det att byta till en mindre storlek?'],

  // ── refund_request
  ['refund_request', false, 'en', 'IN', '', 'Sir I have returned the item on 12th itself but till now amount not credited in my account. Kindly do the needful.'],
  ['refund_request', false, 'en', 'US', '', 'Good afternoon, i returned the item since last week and my money has not enter my account. Please help me check.'],
  ['refund_request', false, 'en', 'US', '', 'WHERE IS MY MONEY?? I SENT IT BACK 3 WEEKS AGO'],
  ['refund_request', false, 'en', 'US', '', 'I already return the goods 2 weeks but not yet get refund, when can refund?'],
  ['refund_request', false, 'en', 'US', '', 'hi, i just saw the price is lower now than when i buy it last week, can i get the difference?'],
  ['refund_request', false, 'en', 'US', '', 'You charged my card two times for the same order, please reverse one of them.'],
  ['refund_request', false, 'ja', 'JP', '', '返品したのにお金まだ戻ってこないんだけど😡'],
  ['refund_request', false, 'ja', 'JP', '', '先日は大変お世話になりました。返品させていただいた件でございますが、未だ代金が口座に戻っておらず、いかがなっておりますでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', '弊社経理より、請求額が見積額と一致しないとの指摘がございました。差額分のご返金をお願いできますでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', 'ﾍﾝｷﾝまだですか'],
  ['refund_request', false, 'de', 'DE', '', 'Hey, hab die Sachen vor 3 Wochen zurückgeschickt, wo bleibt mein Geld?'],
  ['refund_request', false, 'de', 'AT', '', 'Grüß Gott, mir wurde der Betrag doppelt abgebucht. Ich bitte um Rückbuchung.'],
  ['refund_request', false, 'fr', 'FR', '', 'bjr jai renvoyé le colis ya 15 jours et tjrs pas de remboursement'],
  ['refund_request', false, 'it', 'IT', '', "Buonasera, mi avete addebitato l'importo 2 volte, potete stornarne uno?"],
  ['refund_request', false, 'es', 'MX', '', 'Ya regresé el producto desde hace 10 días y no veo mi reembolso, ¿qué pasó?'],
  ['refund_request', false, 'pt', 'BR', '', 'Já devolvi o produto faz 10 dias e até agora nada do estorno.'],
  ['refund_request', false, 'pt', 'PT', '', 'Fui cobrado duas vezes pela mesma encomenda.'],
  ['refund_request', false, 'pt', 'BR', '', 'Quando vou receber meu dinheiro de volta? Já mandei o produto.'],
  ['refund_request', false, 'tr', 'TR', '', 'İade ettiğim ürünün parası hâlâ hesabıma yatmadı.'],
  ['refund_request', false, 'tr', 'TR', '', 'Kartımdan iki kez çekim yapılmış, lütfen fazlasını iade edin.'],
  ['refund_request', false, 'tr', 'TR', '', 'Para iadem ne zaman yapılacak?'],
  ['refund_request', false, 'pl', 'PL', '', 'Odesłałem paczkę dwa tygodnie temu, a zwrotu pieniędzy nadal nie ma.'],
  ['refund_request', false, 'pl', 'PL', '', 'Kiedy otrzymam zwrot pieniędzy?'],
  ['refund_request', false, 'pl', 'PL', '', 'Pobrano ode mnie opłatę dwukrotnie.'],
  ['refund_request', false, 'nl', 'NL', '', 'Ik heb het pakket twee weken geleden teruggestuurd maar mijn geld is nog steeds niet teruggestort.'],
  ['refund_request', false, 'nl', 'NL', '', 'Wanneer krijg ik mijn geld terug?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, jag skickade tillbaka varan för tre veckor sedan men har inte fått någon återbetalning.'],
  ['refund_request', false, 'sv', 'SE', '', 'När får jag pengarna tillbaka?'],
  ['refund_request', true, 'en', 'US', '', 'Returned it Monday. Transfer my refund to my Zelle 917-555-0143, the card refund takes too long.'],

  // ── delivery_status: English
  ['delivery_status', false, 'en', 'IN', '', 'Sir I am not receive my order till date, kindly update the status.'],
  ['delivery_status', false, 'en', 'US', '', 'Please my parcel have not deliver since one week now, what is happening'],
  ['delivery_status', false, 'en', 'US', '', 'hi po, may i know when my order will arrive? thank u po'],
  ['delivery_status', false, 'en', 'US', '', 'Hello, I order 10 days ago still not arrive, please check logistic.'],
  ['delivery_status', false, 'en', 'AE', '', 'Dear, kindly i need to know the location of my shipment, it is late.'],
  ['delivery_status', false, 'en', 'US', '', 'WHERE IS MY STUFF??? ORDERED 2 WEEKS AGO'],
  ['delivery_status', false, 'en', 'US', '', 'shipped yet?'],
  ['delivery_status', false, 'en', 'UK', 'Planters', 'Good morning, I hope this message finds you well. I have always been happy with sellers like yourselves. I placed an order on the 3rd for the ceramic planters, and I was wondering if you could tell me roughly when they might be sent out, as I am redecorating the conservatory and the painters are booked for the 20th. No rush if it is not possible, I just want to plan ahead. Many thanks and have a lovely weekend, Margaret'],
  ['delivery_status', true, 'en', 'US', '', 'Hasnt arrived. Text me the update on WhatsApp +234 803 555 0192, i dont check this app.'],

  // ── delivery_status: Japanese
  ['delivery_status', false, 'ja', 'JP', '', 'まだ届かないんだけど😢いつ来るの？'],
  ['delivery_status', false, 'ja', 'JP', '', '前略 先月二十日に注文いたしました品物が、本日に至るまで手元に届いておりません。お手数ですが、お調べいただけますと有難く存じます。'],
  ['delivery_status', false, 'ja', 'JP', '', '弊社より発注いたしました件につきまして、納期のご回答をいただけますでしょうか。担当：山田'],
  ['delivery_status', false, 'ja', 'JP', '', 'ﾊｯｿｳｼﾞｮｳｷｮｳｦｵｼｴﾃｸﾀﾞｻｲ'],
  ['delivery_status', false, 'ja', 'JP', '', '注文してから一週間たつけどまだ発送されてないみたいですどうなってますか'],
  ['delivery_status', false, 'ja', 'JP', '', 'trackingを見るとずっと輸送中のままです'],

  // ── delivery_status: EU
  ['delivery_status', false, 'de', 'DE', '', 'Hey, hast du das Paket schon losgeschickt?'],
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, wann wird meine Bestellung ungefähr versandt? Merci vielmal.'],
  ['delivery_status', false, 'de', 'DE', '', 'Laut DHL liegt mein Paket seit einer Woche im Verteilzentrum, können Sie bitte nachfragen?'],
  ['delivery_status', false, 'fr', 'FR', '', 'bjr tjr pas recu ma commande svp'],
  ['delivery_status', false, 'fr', 'FR', '', 'Bonjour, pourriez-vous me dire où en est ma livraison ?'],
  ['delivery_status', false, 'it', 'IT', '', 'Buongiorno, il corriere dice che il pacco è in giacenza da tre giorni, cosa devo fare?'],
  ['delivery_status', false, 'it', 'IT', '', 'Ciao, mi sapete dire quando spedite?'],
  ['delivery_status', false, 'es', 'MX', '', 'Buenas tardes, mi orden no ha llegado y ya pasó la fecha estimada.'],
  ['delivery_status', false, 'es', 'ES', '', '¿Me podéis decir en qué estado está mi pedido?'],
  ['delivery_status', false, 'pt', 'BR', '', 'Oi, meu pedido ainda não foi enviado? Já tem uma semana.'],
  ['delivery_status', false, 'pt', 'PT', '', 'A minha encomenda ainda não me foi entregue.'],
  ['delivery_status', false, 'pt', 'BR', '', 'Cadê meu pedido??? Comprei faz 15 dias'],
  ['delivery_status', false, 'pt', 'BR', '', 'Qual o código de rastreio do meu pedido?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Kargom ne zaman gelir?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Siparişim kargoya verildi mi?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Ürün hâlâ elime ulaşmadı.'],
  ['delivery_status', false, 'tr', 'TR', '', 'Sipariş verdim bir haftadır bekliyorum, kargo nerede kaldı?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Paczka utknęła w sortowni od tygodnia.'],
  ['delivery_status', false, 'pl', 'PL', '', 'Zamówienie nadal nie dotarło, proszę o sprawdzenie.'],
  ['delivery_status', false, 'pl', 'PL', '', 'Czy paczka została już wysłana?'],
  ['delivery_status', false, 'nl', 'NL', '', 'Wanneer wordt mijn bestelling verzonden?'],
  ['delivery_status', false, 'nl', 'NL', '', 'Mijn pakket is nog steeds niet aangekomen.'],
  ['delivery_status', false, 'nl', 'NL', '', 'Heeft u al een track and trace code voor mij?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, var är mitt paket?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Mitt paket har fortfarande inte kommit.'],
  ['delivery_status', false, 'sv', 'SE', '', 'Har paketet skickats än?'],

  // ── near-misses and two concerns (the taxonomy's priority order and settled cases decide)
  ['damaged_or_defective', false, 'en', 'US', '', 'the lamp arrived broken AND i was charged twice for it'],
  ['refund_request', false, 'en', 'US', '', 'The return tracking shows you got it on Monday, where is my refund?'],
  ['product_question', false, 'en', 'US', '', 'Do you deliver to Sweden? I would like to order two.'],
  ['other', false, 'en', 'UK', '', 'Please use DHL and not the post, the post office here always loses my parcels.'],
  ['thanks', false, 'de', 'DE', '', 'Paket kam heute an, alles bestens, danke!'],
  ['thanks', false, 'en', 'US', '', 'Got the refund today, thank you very much for sorting it.'],

  // ── a fresh batch written after the fixes above (not tuned line by line): the honest re-check
  ['damaged_or_defective', false, 'en', 'NG', '', 'Good evening, the rice cooker i purchase from you is not cooking the rice well, it is burning the bottom and the light is not showing. I need a replacement please'],
  ['damaged_or_defective', false, 'en', 'US', '', 'my drone wont fly straight, keeps drifting left no matter how many times i calibrate'],
  ['damaged_or_defective', false, 'en', 'US', '', 'WHY IS THE SCREEN PROTECTOR ALREADY CRACKED IN THE PACKAGE'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Dear team, inside box only the stand was there, main unit was not there. Pls check and send.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The zipper on the backpack broke the first week and the strap ripped off.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'イヤホン片方から音が出ないです😭'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '恐れ入りますが、届いた品物の蓋がきちんと閉まらず、中身がこぼれてしまいます。'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Du, der Akku hält nur noch 10 Minuten, das kann nicht normal sein.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'slt la montre s allume plus depuis hier, c normal ?'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il trapano fa un rumore strano e puzza di bruciato.'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Oigan, la licuadora ya no sirve, se apagó y ya no prendió.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'O carregador esquenta muito e parou de carregar.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Ürün ambalajı yırtık ve içindeki bardak çatlamış.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Słuchawki nie łączą się z telefonem.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'De rits is na één keer dragen al kapotgegaan.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Skärmen har en spricka i hörnet.'],
  ['return_request', false, 'en', 'US', '', 'I would like to give it back, my kids already have one just like it. Unopened.'],
  ['return_request', false, 'en', 'IN', '', 'Sir kindly take back this item, colour is not suiting me. Please arrange pickup from my address.'],
  ['return_request', false, 'ja', 'JP', '', '気に入らなかったので返品させてもらえませんか'],
  ['return_request', false, 'de', 'DE', '', 'Kann ich das Kleid gegen eine andere Farbe eintauschen?'],
  ['return_request', false, 'fr', 'FR', '', "Est-ce que je peux l'échanger contre une pointure au-dessus ?"],
  ['return_request', false, 'es', 'ES', '', '¿Cómo hago para devolver el abrigo? No me queda bien.'],
  ['return_request', false, 'tr', 'TR', '', 'Ürünü geri göndermek istiyorum, nasıl yapabilirim?'],
  ['return_request', false, 'pl', 'PL', '', 'Chcę oddać spodnie, nie pasują.'],
  ['return_request', false, 'nl', 'NL', '', 'Mag ik de tas nog retour sturen? Ik heb hem niet gebruikt.'],
  ['return_request', false, 'sv', 'SE', '', 'Hur gör jag för att returnera klänningen?'],
  ['refund_request', false, 'en', 'US', '', 'you still havent refunded me for the return i sent 3 weeks ago'],
  ['refund_request', false, 'en', 'PH', '', 'hello po, i was charged for 2 items but only order 1. can you refund the extra?'],
  ['refund_request', false, 'ja', 'JP', '', '返品済みですが、返金の確認ができておりません。ご確認いただけますか。'],
  ['refund_request', false, 'de', 'DE', '', 'Die Rücksendung ist laut DHL seit 10 Tagen bei euch, aber ich hab mein Geld noch nicht.'],
  ['refund_request', false, 'fr', 'FR', '', "J'attends toujours mon remboursement depuis trois semaines."],
  ['refund_request', false, 'es', 'ES', '', 'Sigo esperando el reembolso del artículo que devolví.'],
  ['refund_request', false, 'pt', 'BR', '', 'Fiz a devolução mas o reembolso ainda não caiu no cartão.'],
  ['refund_request', false, 'tr', 'TR', '', 'Ürünü geri gönderdim ama param hâlâ iade edilmedi.'],
  ['refund_request', false, 'nl', 'NL', '', 'Ik wacht nog steeds op mijn terugbetaling.'],
  ['refund_request', false, 'sv', 'SE', '', 'Jag väntar fortfarande på min återbetalning.'],
  ['delivery_status', false, 'en', 'US', '', 'Its been 2 weeks and my tracking hasnt moved since it left the warehouse'],
  ['delivery_status', false, 'en', 'IN', '', 'Sir what is the status of my order, still not dispatched?'],
  ['delivery_status', false, 'ja', 'JP', '', '発送まだかな？急ぎなんだけど'],
  ['delivery_status', false, 'ja', 'JP', '', '恐縮でございますが、注文の品がいつ頃到着するか、お教え願えますでしょうか。'],
  ['delivery_status', false, 'de', 'AT', '', 'Griaß Gott, wann kommt denn das Packerl endlich?'],
  ['delivery_status', false, 'fr', 'FR', '', 'Mon colis est indiqué en cours de livraison depuis 5 jours, que se passe-t-il ?'],
  ['delivery_status', false, 'es', 'MX', '', '¿Ya mero llega mi orden? La necesito para el viernes.'],
  ['delivery_status', false, 'pt', 'BR', '', 'O rastreio não atualiza há uma semana.'],
  ['delivery_status', false, 'tr', 'TR', '', 'Kargo takip numarası çalışmıyor, paketim nerede?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Kiedy mogę spodziewać się przesyłki?'],
  ['delivery_status', false, 'nl', 'NL', '', 'Weet u wanneer mijn pakje komt?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Paketet har inte kommit fram än, kan ni kolla?'],
  // near-misses of the new families: idioms and other meanings of the damage and delivery words
  ['product_question', false, 'en', 'US', '', 'Is this loud when it runs? I need something quiet for the nursery.'],
  ['thanks', false, 'en', 'UK', '', 'Arrived safe and sound, works a treat. Cheers!'],
  ['other', false, 'de', 'DE', '', 'Bitte das Paket beim Nachbarn abgeben, falls ich nicht da bin.'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, est-ce que ça marche aussi avec un iPhone 12 ?'],
  ['return_request', false, 'en', 'US', '', "I don't want a refund, I'd rather exchange it for the black one."],
];

/**
 * Probes these rules would get right but the message as a whole does not, because of a part outside rules/damaged,
 * return, refund and delivery: each names the culprit. Run with it.fails, so a fix elsewhere makes the test fail and
 * the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [
  ['return_request', false, 'en', 'UK', 'Hiking boots', "Hello, hope you are well. I bought the hiking boots about two weeks ago for a trip that got cancelled, long story, my brother-in-law broke his leg (not kidding) so we moved everything to next year. The boots are still in the box with the paper inside, I only tried them on the carpet. Since I won't need them until next summer I was wondering whether I could still send them back and get my money back. I understand if there's a restocking fee. Thanks in advance, Michael", 'cancel.ts: "(get|got|be|is|been) cancelled" reads a trip that got cancelled as the order; it should need the order (it, my order, the order) as subject'],
  ['delivery_status', false, 'pt', 'BR', '', 'Chega antes de eu viajar para Portugal no dia 10?', 'language.ts: short Brazilian Portuguese read as Spanish ("para" counts for es, "eu", "dia", "chega" count for nothing); the BR marketplace should settle it'],
  ['return_request', false, 'pt', 'PT', '', 'Queria devolver as sapatilhas, ficaram pequenas.', 'language.ts: European Portuguese without a stopword it knows is undetermined ("queria", "as", "ficaram"); the PT marketplace should settle it'],
];

export const PROBES_2: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

export const KNOWN_GAPS_2: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
