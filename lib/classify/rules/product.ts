/**
 * Questions about the product before or after purchase: compatibility, size, features, authenticity, stock, how to
 * use it, purchase terms before buying (product_question).
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

export const productRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'product.fit',
    key: 'product_question',
    strength: 3,
    label: 'compatibility or specification',
    phrases: {
      en: [
        String.raw`\b(compatible with|work(s)? with|fit(s)? (my|a|an|the|on|in|into)|suitable for|supports? (the|my|a|an)|come(s)? with|include(s)? (the|a|an)|made of|made in|waterproof|water resistant|dishwasher safe|machine washable|rechargeable|battery life|what size|which size|what colou?r|how (big|long|tall|wide|heavy|thick|many|much)|dimensions|measurements|weight|capacity|voltage|is the '?\w+'? (a|an)\b)\b`,
      ],
      ja: [
        String.raw`(対応して(い|お)?(ます|る)(か|でしょうか|\?)|使え(ます|る)(か|でしょうか|\?)|取り?付け(られ|可能|でき)|適合|互換|合い(ます|ます)か|入り(ます)?か|洗え(ます|る)(か|でしょうか|\?)|防水|耐熱|サイズ感|寸法|重さ|容量|素材|何(cm|センチ|ミリ|mm|色|個入)|付属(して|品)|付いて(い)?(ます|る)(か|でしょうか|\?)|同梱されて(い)?(ます|る)(か|\?))`,
      ],
      de: [String.raw`\b(passt\b[^.!?]{0,40}\b(fur|zu|an|auf|in)|kompatibel|geeignet fur|funktioniert (das|er|sie|es) (mit|auch)|wasserdicht|spulmaschinenfest|aus welchem material|wie gross|welche grosse|im lieferumfang)`],
      fr: [String.raw`\b(compatible avec|fonctionne avec|convient (a|pour)|adapte (a|pour)|etanche|antiderapant\w*|quelle (taille|epaisseur|dimension)|livre avec|fourni avec)\b`],
      it: [String.raw`\b(compatibile con|funziona con|adatto (a|per)|impermeabile|che (taglia|misura|dimension\w*)|e (original\w*|compatibil\w*|adatt\w*)\b[^.!?]{0,30}\?)`],
      es: [String.raw`\b(compatible con|sirve para|funciona con|es (original|compatible|impermeable|resistente)|trae (el|la|los|las)|incluye|que (talla|medida|tamano)|cuanto mide|viene con)\b`],
      nl: [String.raw`\b(past\b[^.!?]{0,30}\b(op|in|bij)|geschikt voor|compatibel|waterdicht)`],
      pl: [String.raw`\b(pasuje do|kompatybiln\w*|wodoodporn\w*)`],
      sv: [String.raw`\b(passar (till|med|pa)|kompatibel|vattentat\w*|vattenavvisande)`],
      pt: [String.raw`\b(compativel com|serve (para|no)|funciona com|e original|a prova d'agua)\b`],
      tr: [String.raw`\b(uyumlu mu|uyar mi|orijinal mi)\b`],
    },
  },
  {
    id: 'product.authentic-stock',
    key: 'product_question',
    strength: 3,
    label: 'authenticity or stock',
    phrases: {
      en: [String.raw`\b(original or|genuine|authentic|replica|counterfeit\?|fake\?|in stock|back in stock|restock\w*|available (in|again)|bulk (order|price|discount|purchase)|wholesale|discount for \d+)\b`],
      ja: [String.raw`(正規品|本物|並行輸入|純正|再入荷|在庫(は|が|あり|って)|入荷(予定|時期)|まとめ買い|まとめて(購入|買|注文)|大量(注文|購入|に買)|[0-9０-９]+個(以上)?(購入|買|注文))`],
      de: [String.raw`\b(original(ware)?\?|echt\?|wieder (verfugbar|lieferbar|auf lager)|auf lager|mengenrabatt)\b`],
      fr: [String.raw`\b(authentique|contrefacon|de nouveau disponible|en stock|prix de gros)\b`],
      it: [String.raw`\b(originale\?|autentic\w*|di nuovo disponibile|disponibile in|sconto quantita)\b`],
      es: [String.raw`\b(es original|original\?|autentic\w*|disponible en|vuelve a estar|hay stock|al por mayor)\b`],
      nl: [String.raw`\b(origineel|weer op voorraad|op voorraad)\b`],
      pl: [String.raw`\b(oryginaln\w*|dostepn\w*)\b`],
      sv: [String.raw`\b(akta|i lager|original)\b`],
      pt: [String.raw`\b(original|em estoque)\b`],
    },
  },
  {
    id: 'product.how-to',
    key: 'product_question',
    strength: 3,
    label: 'how to use',
    phrases: {
      en: [
        String.raw`\bhow (do|can|should|to|would) (i |we |you )?(use|set|set up|setup|turn|connect|install|clean|reset|pair|charge|assemble|adjust|change|attach|wash|operate|program|update|find|get)\b`,
        String.raw`\b(instructions|manual|user guide)\b[^.!?]{0,30}\?`,
        String.raw`\bbefore (i |we )?(order|buy|purchase|place)\b`,
      ],
      ja: [
        String.raw`(使い方|使用方法|設定方法|取り?付け方|取扱説明書|説明書|やり方|操作方法)`,
        String.raw`(方|かた)が(わか|分か)り?(ません|らない|らなく)`,
        String.raw`どう(やって|すれば|したら)(使|設定|つけ|付け|取り?付|接続|充電|洗|外|組み立)`,
        String.raw`(購入を?検討|購入前|買う前|注文前|検討して(い|お)ります)`,
        String.raw`(ひとつ|一つ|1つ|ちょっと)?質問(なのですが|です|があります|させて)`,
      ],
      de: [String.raw`\b(wie (kann|funktioniert|benutze|bediene|stelle|verbinde|reinige|montiere|schalte)|bedienungsanleitung|vor dem kauf|bevor ich bestelle)\b`],
      fr: [String.raw`\b(comment (utiliser|faire|regler|brancher|installer|nettoyer|fonctionne)|mode d'emploi|avant (d'acheter|de commander|achat))\b`],
      it: [String.raw`\b(come (si usa|funziona|si monta|si pulisce|si collega|faccio a)|istruzioni|prima di (acquistare|ordinare|comprare))\b`],
      es: [String.raw`\b(como (se usa|funciona|se instala|se conecta|configuro|puedo usar|se limpia)|instrucciones|manual|antes de (comprar|pedir|ordenar))\b`],
      nl: [String.raw`\b(hoe (werkt|gebruik|installeer|sluit)|handleiding|voordat ik bestel)\b`],
      pl: [String.raw`\b(jak (uzywac|podlaczyc|ustawic|dziala)|instrukcj\w*)`],
      sv: [String.raw`\b(hur (anvander|fungerar|installerar)|bruksanvisning|innan jag (koper|bestaller))\b`],
      pt: [String.raw`\b(como (usar|funciona|instalar)|manual|antes de comprar)\b`],
    },
  },
  {
    id: 'product.demonstrative-question',
    key: 'product_question',
    strength: 2,
    label: 'question about this item',
    phrases: {
      en: [
        String.raw`\b(is|are|does|do|will|can|would) (this|these|it|they|the \w+)\b[^.!?]{0,60}\?`,
        String.raw`\b(this|these) (item|product|model|one|unit|set|kit|case|lens|jacket|shirt|shoe|shoes|book|charger|cable|toy|device|bag|watch|phone|laptop|camera|machine|vacuum|blender)\b[^.!?]{0,80}\?`],
      ja: [String.raw`(この|こちらの|こちら|こちらは|この商品)[^。]{0,40}(ですか|ますか|でしょうか|\?)`],
      de: [String.raw`\b(dieser|diese|dieses|diesen)\b[^.!?]{0,60}\?`, String.raw`\bist (das|der|die|es)\b[^.!?]{0,40}\?`],
      fr: [String.raw`\b(ce|cet|cette|ces) [a-z]+\b[^.!?]{0,60}\?`, String.raw`\b(est-ce que (ce|cette|le|la)|est-il|est-elle)\b[^.!?]{0,60}\?`],
      it: [String.raw`\b(questo|questa|questi|queste)\b[^.!?]{0,60}\?`, String.raw`\bha (la|il|un|una|lo)\b[^.!?]{0,40}\?`],
      es: [String.raw`\b(este|esta|estos|estas)\b[^.!?]{0,60}\?`],
      nl: [String.raw`\b(deze|dit)\b[^.!?]{0,60}\?`, String.raw`\bis (deze|dit|het)\b[^.!?]{0,40}\?`],
      pl: [String.raw`\b(ten|ta|to) (produkt|model)\b[^.!?]{0,60}\?`, String.raw`\bczy (ten|ta|to)\b[^.!?]{0,40}\?`],
      sv: [String.raw`\b(den har|det har|denna|detta)\b[^.!?]{0,60}\?`, String.raw`\bar (den|det|de) har\b[^.!?]{0,40}\?`],
      pt: [String.raw`\b(este|esta)\b[^.!?]{0,60}\?`],
    },
  },
];
