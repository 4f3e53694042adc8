/**
 * Not a real buyer request (spam_or_suspicious): service offers, marketing, review selling, side-job ads. Phishing
 * and fake-Amazon messages are found by ../scam.ts and counted here by ../decide.ts; gibberish by ../gibberish.ts.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

export const spamRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'spam.offer',
    key: 'spam_or_suspicious',
    strength: 3,
    label: 'service offer or marketing',
    phrases: {
      // Foreign spam in scripts and languages we have no tables for (marketing vocabulary only, so a real buyer
      // writing Russian or Vietnamese is not caught): promotion, advertising, reviews, services, cheap prices.
      any: [String.raw`(продвижени|реклам[аыу]|раскрутк|накрутк|предлагаем|наши услуги|заработ)`, String.raw`\b(dich vu|quang cao|gia re|khuyen mai|tang doanh so)\b`],
      en: [
        String.raw`\b(we are (a|an) ([a-z-]+ ){0,3}(agency|company|team|firm|marketing|leading)|our (agency|company|team) (offers|provides|can|specializes)|we (offer|provide|specialize in|can help you)|(increase|boost|grow|double|improve) your ([a-z]+ ){0,2}(sales|rankings?|reviews|revenue|traffic|visibility)|\d+[- ]star reviews|rank (your|you) (products?|listings?)|listing (expert|optimi[sz]ation)|seo (services|expert)|ppc (management|campaigns?|agency)|free (sample|trial|consultation)|influencer|\d+k? followers?|content creator|collab|sponsorship|partnership (proposal|opportunity)|price list|limited (time )?offer|special offer|click here|unsubscribe)\b`,
        // Services pitched to the seller: "we handle FBA prep", "I can write SEO product descriptions for your store".
        String.raw`\b(i|we) (can|will|handle|help|offer|provide|create|design|write|manage)\b[^.!?]{0,60}\b(for (your|amazon) (amazon )?(store|shop|brand|business|listings?|products?|account|sellers?)|amazon sellers|your (amazon )?(listings?|brand|store|shop|ppc|ads|account health))\b`,
        // "your listing images could use an upgrade", "I do product photography", "10x your sales", "book a free call".
        String.raw`\b(your (listing|product) (images|photos|pictures|titles?|descriptions?|content) (could|need|can|should)|product photography|fast turnaround|affordable (price|rates)|\d+x your|book a (free |quick )?(call|demo|meeting)|free (strategy |discovery |intro )?(call|consultation|demo)|amazon (ads|ppc) (management|experts?|agency))\b`,
        // Cold pitches: "a business proposal that will benefit both of us", "1000+ organic sales per month, free audit".
        String.raw`\b((business|investment|partnership) proposal|benefit (both of us|us both)|mutual(ly)? benefi\w*|free (audit|account audit|listing audit|store audit|analysis)|(organic )?(sales|orders|reviews) per (month|day|week)|(i|we) help (brands|sellers|stores|shops|businesses|companies|merchants) like yours|(would you be|are you) open to a (quick |short |brief |\d+[- ]?min(ute)? )?(chat|call|conversation|zoom)|email (flows|marketing|automation)|klaviyo|(listings?|asins?|products?) (are |is |being |have been |has been )*hijack\w*|hijackers|brand protection (team|service|agency|experts?|program)|(store|shop|brand|business|company) (has|have) been (selected|chosen|nominated|shortlisted)|claim your (badge|award|spot|certificate|seal|listing))\b`,
        String.raw`\b(are you looking for|looking for a reliable)\b[^.!?]{0,40}\b(warehouse|agency|partner|supplier|service|freelancer|designer|photographer|expert)\b`,
        // "I run a TikTok Shop affiliate agency", "we manage a network of 200+ creators", "get your products in front of
        // millions", "can we schedule a 15-minute call".
        String.raw`\b((i|we) (run|own|manage|founded|lead|work (at|for|with)) (a|an|our) ([a-z+-]+ ){0,3}(agency|company|firm|studio|network|team|platform)|\d+\+? (creators|influencers|affiliates|content creators)|affiliate (agency|program|programme|network|marketing)|in front of (millions|thousands|\d+k?\+?) (of )?(viewers|buyers|shoppers|customers|people)|(schedule|book|set up|arrange|hop on) a (quick |short |brief )?(\d+[- ]?min(ute)?s? )?(call|chat|zoom|meeting)\b[^.!?]{0,20}\b(this|next) week)\b`,
        // A freelancer's pitch: "I'm a freelance Amazon listing copywriter … I can rewrite 5 listings for $49".
        String.raw`\b(freelance (amazon |listing |product )*(copywriter|designer|photographer|seller|expert|specialist|consultant|va)|(i|we) (can|will|could) (re-?write|optimi[sz]e|redesign|re-?do|improve|fix) (your |\d+ )?([a-z]+ )?(listings?|bullet points|titles|product pages|descriptions|a\+ content|images)|(rewrite|optimi[sz]e|redesign) \d+ (listings?|products?|images))\b`,
        // Suppliers offering to make the seller's products: "we are a Shenzhen-based factory", "OEM/ODM", "MOQ 500 pcs".
        String.raw`\b(we are (a|an) ([a-z-]+ ){0,3}(factory|manufacturer|supplier|wholesaler)|(oem|odm) ?(and|&|\/|or) ?(odm|oem|private label)|private label (available|service|products|brand)|moq|factory (price|direct)|(send|reply for|request) (our |the )?(catalog|catalogue|price list))\b`,
        // "our team helps Amazon brands recover lost sales", "we work on commission only", "reply YES for details".
        String.raw`\b(our (team|agency|company|firm|experts?|specialists) (helps?|works? with|supports?|assists?) (amazon )?(sellers|brands|merchants|businesses|stores|shops)|(we|i) work on (a )?(commission|performance|retainer|success[- ]fee)\b|reply (with )?(yes|interested|'yes'|"yes") (and|for|to)|(recover|reclaim|get back) (your )?(lost|missing|unpaid) (sales|revenue|funds|reimbursements?|inventory))\b`,
        // Creators after free products: "UGC creator", "send a product in exchange for a video".
        String.raw`\b(([a-z]+ )?blogger|(send|sending|ship|shipping|gift|gifting|mail) (me |us )?(one|it|a unit|a sample|some|a few|a couple)( over| out| my way)? for (an? )?(honest |free |quick |genuine )?(review|reel|video|post|feature|shout ?out|unboxing)|ugc (creator|videos?|content)|(send|sending|ship|gift|gifting|provide|offer) (me |us )?(a |one |your |some )?(free )?(products?|samples?|items?|units?) in exchange for)\b`,
        // Trademark and account services: "your brand is not registered in Brand Registry, our attorneys can file for you".
        String.raw`\b(brand registry|trademark (attorneys?|lawyers?|registration|filing)|flat fee of|reply to get started|(we|our team) (have )?noticed (that )?your (brand|store|shop|listings?|account|products?))\b`,
        // Account and listing rescue, keyword indexing, job seekers: "reinstate your account", "a Plan of Action", "I get sellers
        // indexed for their main keywords", "are you hiring? I can do customer service from home".
        // Freelancers, warehouses, review removal and account sellers: "I am a virtual assistant … $6/hr", "we receive, store
        // and ship your FBM orders … our rate card", "we remove negative reviews", "selling verified seller accounts".
        String.raw`\b(virtual assistant|\$\d+ ?(\/ ?(hr|hour)|per hour|an hour)|(can|may|could) i work (for|with) you|\d+\+? years? (of )?experience in (amazon|e-?commerce|product research|listing|ppc|customer service|fba)|rate card|(receive|store|pick|pack)\b[^.!?]{0,30}\b(ship|fulfil+)\w* (all )?your (fbm |fba |amazon |online |e-?commerce )?orders|(remove|delete|removal of|get rid of) (your |any |all )?(negative|bad|1-star|one-star|unfair) (reviews|feedback|ratings)|(sell|selling|buy|buying) (aged |verified |old )*(amazon )?seller accounts|payout (of \$[\d,.]+ )?(is |has been )?(on hold|frozen|withheld|paused)|update your (w-?9|w-?8(ben)?|tax (info|information|details|interview)))\b`,
        String.raw`\b((account|listing|asin) reinstatement|reinstate (your|the) (seller )?(account|listing|asin)|plan of action|(appeal|poa) (writing|service|experts?)|(get|gets|getting) (sellers|brands|you|your (products?|listings?)) indexed|index(ed|ing)? for (your |their )?(main |top |primary )?keywords|(no results?|no rank(ing)?),? no (pay|fee)|((are|is) (you|your|you're|ur)|(if|whether) (you|your|you're|ur)( are)?) (hiring|looking for (staff|employees|workers|a va|an assistant))|(my|attached) (cv|resume|resumé)|(apply|applying) for (a |the )?(job|position|vacancy|role)|(work|job) from home)\b`,
        String.raw`\b(\d+(-\d+)? (genuine |real |verified |organic |honest )?reviews (on|for|to) (any|your|every)|(struggling|stuck|need help) with (reviews|sales|rankings?|ppc|ads)|do you sell on amazon|our (new )?(repricer|repricing (tool|software)|software|saas|chrome extension)|repricing (tool|software)|\d+[- ]day free trial|\bacos\b|fba prep|prep (center|centre)|3pl|competitive rates|seo[- ]optimi[sz]ed|my portfolio|our portfolio|more (reviews|sales) for your|verified buyers? reviews?)\b`,
        // Prize mail and non-buyers: "you have been selected … claim your gift card", a student's survey.
        String.raw`\b(you (have|has|'ve) been (selected|chosen)|you (have|has|'ve) won|lucky (seller|winner|customer|buyer)|claim (it|your (\$?\d+ )?(gift|prize|reward|bonus|voucher))|(receive|collect) your (\$?\d+ )?(gift|prize|reward|bonus|voucher)|\$\d+ (bonus|reward|prize|gift card)|(fill in|fill out|take|answer) (a|my|our) (short |quick |brief )?(survey|questionnaire)|(my|a) (thesis|dissertation))\b`,
      ],
      ja: [
        // Offers to sellers: 「出品者様向けに」「制作を承っております」「料金表をお送り」.
        String.raw`((運営|販売|出品|集客|物流|ec)(を|の)?(サポート|支援|代行)(して|いた|を)|お打ち?合わせのお時間|(している|しております)会社です|出品者様(向け|へ|に向け)|セラー様向け|(制作|作成|撮影|運用|代行|対策)(を|も)?承って|料金表|料金プラン)`,
        // 「出品者様限定！レビュー100件保証プラン、今なら半額」
        String.raw`((出品者|セラー|ショップ|店舗)(様|さま)?限定|レビュー[0-9０-９]+件|[0-9０-９]+件保証|今なら(半額|無料|[0-9０-９]+[%％]|初回)|詳細はこちら)`,
        String.raw`(ノウハウ|(無料|無償)で(お教え|教え|診断|撮影|作成|ご提供|お試し)|代行|ご提案|売上アップ|コンサル|副業|月収|稼げ|無料で始め|友だち追加|友達追加|集客|SEO|レビュー(代行|を増や|獲得)|(ご案内)|業者です|弊社では|運用代行|ご興味がございましたら|セミナー|無料(診断|相談|査定|分析)|(広告|ppc|スポンサー)(の)?運用|\bacos\b|(改善|運用|支援|販売)(した)?実績)`,
        // A quote offered TO the seller is a pitch; one a would-be buyer asks FOR (「お見積りをいただけると助かります」
        // 「見積りをください」) is a purchase-terms question. Account rescue and trademark services:
        // 「改善計画書の作成」「復活率98%」「ブランド登録まで一括で」「商標出願」.
        String.raw`((お|御)?見積(もり|り)?(書)?(を|も)?(無料|無償)|(無料|無償)(で|の)(お|御)?見積|(お|御)?見積(もり|り)?(書)?を(作成|ご提示|提示|ご提案|お出し|お送り|送付)(いた)?(します|致します|させて)|改善計画書|復活率|インフルエンサー|フォロワー(数)?[0-9０-９.,]+(万|千|k)?人?|pr投稿|(商品|サンプル)を(無償で|無料で)?(ご)?提供(いただ|頂)(ければ|けましたら|けます)|アカウント(の)?(復活|復旧|再開)(を|の)?(サポート|代行|支援|実績)|商標(出願|登録)|ブランド登録(まで|を|の)?(代行|サポート|支援|お手伝い|一括))`,
        // Pitches told as the seller's worry and a flat fee: 「販売、伸び悩んでいませんか？」「月額9,800円で丸ごとお任せ」.
        // Freelancers' price per piece: 「商品撮影をしているカメラマンです」「1枚500円から撮影いたします」「ポートフォリオをお送り」.
        String.raw`((カメラマン|フォトグラファー|デザイナー|ライター|翻訳者)です|ポートフォリオ|[0-9０-９]+(枚|点|件|本)[0-9０-９,，]+円(から|〜|～|より)|撮影(いた|致)します)`,
        String.raw`((伸び悩んで|お悩みで|お困りで)(は)?(い|あり)?(ませんか|ないですか)|丸ごと(お任せ|おまかせ)|月額[0-9０-９,，.]+円)`,
      ],
      zh: [String.raw`(测评|留评|刷单|微信|加我|优惠|团队|服务)`],
      de: [
        String.raw`\b(wir sind (ein|eine) (team|gruppe|netzwerk) (aus|von)|ubernehmen (ihr|ihre|ihren) (komplett\w* )?(ppc|werbung|marketing|listing|konto|account)|amazon-?experten|ppc-?management|wir helfen (ihnen|handlern|verkaufern|marken)|(jetzt )?kostenlos (testen|ausprobieren|anfragen)|mehr (bewertungen|rezensionen|umsatz|sichtbarkeit) (zu )?(bekommen|erhalten|generieren)|agentur|unverbindliches angebot|kooperationsanfrage|kooperation|wir bieten|wir sind (ein|eine) (agentur|firma|unternehmen|dienstleister)|ihre (verkaufe|umsatze|sichtbarkeit) steigern|a\+ ?content|erfolgsquote|(entfernen|loschen) (ihre |ihnen |alle )?(negative|schlechte|unfaire)n? (bewertungen|rezensionen|feedbacks?)|ma(ss|ß)nahmenpl[aä]n\w*|plan of action|(konto|account|listing)\w* (wieder ?herstellen|reaktivieren|zuruckholen|entsperren)|(holen|bringen) ihr (konto|account|verkauferkonto) (\w+ ){0,4}zuruck|(kaufen|ubernehmen) (ihre |ihnen )?(restposten|retouren\w*|uberbestand\w*|lagerbestand\w*|b-?ware)|haben sie uberbestand\w*|(unterstutzen|begleiten|betreuen|beraten) wir (sie |\w+ )?(amazon-?|online-?|e-?commerce-?)?(handler|verkaufer|seller|marken|shops)|kostenlos\w* erstberatung\w*|steuerberatungskanzlei)\b`,
        // Compound agencies ("Fotoagentur", "Werbeagentur") and offers addressed to sellers.
        // Creators after free products: "Influencerin mit 80.000 Followern … im Gegenzug zwei Produkte kostenlos".
        String.raw`\binfluencer(in|innen)?\b|\b\d+[.,]?\d*k? (follower|followern|abonnenten)\b|\b(im gegenzug|als gegenleistung)\b[^.!?]{0,40}\b(kostenlos|gratis|umsonst|produkt\w*)\b`,
        String.raw`agentur\b|\b(fur|an) (alle )?(amazon|online|e-?commerce)-?(handler|verkaufer|seller|shops|hander)\b`,
        // Compound service providers: "wir sind ein Logistikdienstleister aus Leipzig", "sende Ihnen unsere Konditionen".
        String.raw`\bwir sind (ein|eine) ([a-z-]+ )?[a-z-]*(dienstleister|anbieter|agentur|hersteller|lieferant|grosshandler|fulfillment\w*)\b|\b(sende|schicke|senden|schicken) (ich |wir )?(ihnen|dir|euch) (gerne |gern )?(unsere|unser|meine|mein) (konditionen|preisliste|angebot|portfolio|katalog)\b`,
      ],
      fr: [
        String.raw`\b(nous (aidons|accompagnons) (les|des) (vendeurs|marques|entreprises)|(booster|augmenter|ameliorer) (vos|votre|leur|leurs) (ventes|visibilite|classement|avis)|vous presenter (notre|nos) (offre|services|solution)|agence|nous proposons|nous sommes une (agence|societe|entreprise)|devis gratuit|augmenter vos ventes|partenariat)\b`,
        // "notre société accompagne les vendeurs sur Amazon", "vos campagnes publicitaires", "un rendez-vous de 20 minutes".
        String.raw`\b((notre|une) (societe|agence|equipe|entreprise|startup) (accompagne|aide|propose|gere|optimise)|(accompagne|accompagnons|aide|aidons|conseillons) (les|des) (vendeurs|marques|e-commercants|entreprises|vendeuses)|campagnes (publicitaires|sponsorisees|ppc)|(rendez-vous|appel|visio|echange) (telephonique )?de \d+ ?(minutes|min))\b`,
        String.raw`\b(influenceu(r|se)s?|\d+[.,]?\d*k? abonnes|en echange d'(un|une) (avis|video|post|publication|story))\b`,
        String.raw`\b((je vous propose|je propose|nous vous proposons) (mes|nos) services|vos fiches produits?|(optimiser|ameliorer|rediger|creer|refaire) (vos|tes) (fiches|annonces|listings|pages|photos|descriptions)|plus de ventes|(aux|les|des) vendeurs amazon|je suis (un |une )?(freelance|consultant\w*|graphiste|photographe professionnel|specialiste|expert\w*)|referencement|audit (gratuit|offert)|vous vendez sur amazon|vous cherchez (un|une|des) (entrepot|prestataire|agence|partenaire|logisticien|fournisseur|solution)|tarifs degressifs|grille tarifaire|repondez (oui|simplement oui)|(supprimer|supprimons|retirer|retirons) (vos |les )?(avis|commentaires) negatifs|recherchons des vendeurs|notre (nouveau |nouvelle )?(logiciel|outil|application|plateforme|solution)|\d+ jours (offerts|gratuits|d'essai)|essai gratuit|premiere page (d'amazon|sur amazon|pour (vos|tes))|(createur|creatrice)s? de contenu|contenus? ugc|(seriez|etes)-vous interesse\w* par (une|un|notre|nos) (collaboration|partenariat|offre|services?)|(rachetons|rachete|achetons|reprenons) (vos|tous vos|les) (invendus|stocks?|surstocks?|retours)|stocks? dormants?)\b`,
      ],
      it: [
        String.raw`\b(la nostra (azienda|agenzia|societa|ditta)|contattaci per (un )?preventivo|preventivo (gratuito|senza impegno)|(aumentare|migliorare) (le|la) (tue|vostre|vostra|tua) (vendite|visibilita)|agenzia|offriamo|siamo un'?(agenzia|azienda)|preventivo gratuito|aumentare le (tue|vostre) vendite|collaborazione)\b`,
        // "siamo una società specializzata in fotografia di prodotto", "possiamo migliorare le immagini dei vostri prodotti".
        String.raw`\b(siamo (una|un) (societa|azienda|agenzia|team|studio|realta) (specializzat\w*|di|che|leader)|possiamo (aiutarvi a |aiutarti a )?(migliorare|aumentare|ottimizzare|gestire|far crescere) (le|la|i|il|lo) [a-z]+ (dei|delle|del|della) (vostr|tu)[oaie]|(vi|ti) (inviamo|mandiamo) (il|un|il nostro) (listino|preventivo|portfolio|catalogo)|listino prezzi|fotografia (di|dei) prodott\w*|tariffe (agevolate|scontate|dedicate|vantaggiose)|(inviarvi|inviarti|mandarvi|mandarti|proporvi|proporti|presentarvi|presentarti) (un'?|una|il nostro|la nostra|i nostri|le nostre) ?(offerta|preventivo|listino|catalogo|servizi|proposta)|per chi vende (online|su amazon)|consulente (amazon|e-?commerce|marketplace)|mi occupo di (seo|marketing|pubblicita|advertising|ppc|grafica|fotografia|traduzioni)|(portare|posizionare) i (vostri|tuoi) prodotti|(aumentare|incrementare|far crescere) le (vostre |tue )?vendite|strategia personalizzata)\b`,
        // Creators asking for free products: "sono una content creator con 50k follower, vorrei collaborare con voi".
        String.raw`\b((rimuovere|rimuoviamo|eliminare|eliminiamo|cancellare|cancelliamo) (le )?(tue |vostre )?recensioni negative|collaborare con (voi|te|il vostro (brand|marchio|negozio))|promuovere i (vostri|tuoi) prodotti|prodotti? (in )?omaggio in cambio|in cambio di (una )?(recensione|video|post|storia|stories))\b`,
        String.raw`\b((per|ai|dei|a) (i )?venditori amazon|(sviluppiamo|realizziamo|gestiamo|creiamo|offriamo) [^.!?]{0,40}\b(venditori|negozi|account|inserzioni|schede))\b`,
      ],
      es: [
        String.raw`\b((conseguimos|conseguir|te damos|ofrecemos|mas) (resenas|valoraciones)|compradores verificados|nuestra (empresa|agencia)|(aumentar|mejorar) (sus|tus) (ventas|resenas|visibilidad)|agencia|ofrecemos|somos una (agencia|empresa)|presupuesto gratis|aumentar (sus|tus) ventas|colaboracion)\b`,
        // Suppliers: "somos fabricantes de envases … ¿les puedo enviar nuestro catálogo sin compromiso?"
        String.raw`\b(somos (una |un |los )?([a-z]+ )?(fabricantes?|proveedores?|distribuidores?|mayoristas?|fabrica|consultora|estudio)|(enviar|mandar|compartir)(les|le|te|os)? (nuestro|el nuestro) (catalogo|portafolio|portfolio|presupuesto|tarifario)|presupuesto sin compromiso)\b`,
        String.raw`\b(vendo cuentas|cuentas (de vendedor )?(de amazon )?verificadas|(eliminar|eliminamos|borrar|borramos|quitar|quitamos) (sus |tus )?(resenas|valoraciones|opiniones) negativas|influencer|\d+[.,]?\d*k? seguidores|a cambio de (una |un )?(resena|video|publicacion|post|historia))\b`,
        String.raw`\b((somos|son) (expertos|especialistas) en|amazon ads|publicidad en amazon|(te|le|les|os) ayudamos a (posicionar|vender|aumentar|mejorar|conseguir|crecer)|posicionar (tus|sus) (productos|anuncios|listados)|(soy|somos) (un |una )?(traductor|traductora|disenador|disenadora|fotografo|fotografa|redactor|redactora|consultor|consultora)e?s? (freelance|independiente|profesional|especializad)\w*|(soy|somos) (un |una )?freelance|ofrezco (mis servicios|traducir|disenar|redactar|optimizar|gestionar)|(a|para) (los )?vendedores de amazon)\b`,
      ],
      nl: [String.raw`\b(bureau|wij bieden|(wij|we) (verzorgen|beheren|ontzorgen)|vast tarief|vrijblijvende offerte|samenwerking|(wij|we) helpen (amazon-?)?(verkopers|webshops|merken|bedrijven|ondernemers)|amazon-?verkopers|meer (omzet|verkopen|reviews))\b`],
      pl: [String.raw`\b(agencja|oferujemy|pomagamy|zwiekszyc sprzedaz|zwiekszenie sprzedazy|nasza (firma|agencja) (oferuje|pomaga|zajmuje)|bezplatna wycena|wspolprac\w*|zajmujemy sie|sprzedawcow (z |na )?amazon\w*|prowadzimy (magazyn|firme|agencje|sklep)|obslugujemy (sprzedawcow|sklepy|firmy)|(przeslac|wyslac|przedstawic) (panstwu |nasza |pani |panu )*oferte|(bylib\w*|bylaby|bylby) (panstwo|pan|pani) zainteresowan\w*)\b`],
      sv: [String.raw`\b(byra|vi erbjuder|samarbete|vi hjalper (amazon-?)?(saljare|foretag|butiker|varumarken|e-?handlare|webbutiker)|e-?handlare att|synas battre|boka ett (kort |kostnadsfritt |gratis )?mote|amazon-?saljare|oka (er|din|era|dina) forsaljning|gratis (mote|konsultation|analys))\b`],
      pt: [String.raw`\b(agencia|oferecemos|parceria|(faco|fazemos) (a )?(gestao|gerenciamento)|gestao de (anuncios|campanhas|trafego)|proposta sem compromisso|(quer|queres|deseja) vender mais|fale com (a )?nossa equipe|ajudamos (vendedores|lojistas|empresas|marcas)|vendedores da amazon)\b`],
      tr: [String.raw`\b(hizmet\w* sunuyoruz|magazaniz (icin|ile)|satis\w* (artir|yukselt|katla)\w*|reklam (hizmet|ajans|yonetim)\w*|ajansiyiz|saticilarina ozel|ilk ay ucretsiz|paketlerimiz|magazanizin (urun|ilan|reklam)\w*|seo uyumlu|teklifi? ister misiniz)\b`],
    },
  },
];
