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
      en: [
        String.raw`\b(we are (a|an) ([a-z-]+ ){0,3}(agency|company|team|firm|marketing|leading)|our (agency|company|team) (offers|provides|can|specializes)|we (offer|provide|specialize in|can help you)|(increase|boost|grow|double|improve) your ([a-z]+ ){0,2}(sales|rankings?|reviews|revenue|traffic|visibility)|\d+[- ]star reviews|rank (your|you) (products?|listings?)|listing (expert|optimi[sz]ation)|seo (services|expert)|free (sample|trial|consultation)|influencer|\d+k? followers|collab|sponsorship|partnership (proposal|opportunity)|price list|limited (time )?offer|special offer|click here|unsubscribe)\b`,
      ],
      ja: [
        String.raw`(代行|ご提案|売上アップ|コンサル|副業|月収|稼げ|無料で始め|友だち追加|友達追加|集客|SEO|レビュー(代行|を増や|獲得)|(ご案内)|業者です|弊社では|運用代行|お見積り|ご興味がございましたら|セミナー)`,
      ],
      zh: [String.raw`(测评|留评|刷单|微信|加我|优惠|团队|服务)`],
      de: [String.raw`\b(agentur|unverbindliches angebot|kooperationsanfrage|kooperation|wir bieten|wir sind (ein|eine) (agentur|firma|unternehmen|dienstleister)|ihre (verkaufe|umsatze|sichtbarkeit) steigern|a\+ ?content)\b`],
      fr: [String.raw`\b(agence|nous proposons|nous sommes une (agence|societe|entreprise)|devis gratuit|augmenter vos ventes|partenariat)\b`],
      it: [String.raw`\b(agenzia|offriamo|siamo un'?(agenzia|azienda)|preventivo gratuito|aumentare le (tue|vostre) vendite|collaborazione)\b`],
      es: [String.raw`\b(agencia|ofrecemos|somos una (agencia|empresa)|presupuesto gratis|aumentar (sus|tus) ventas|colaboracion)\b`],
      nl: [String.raw`\b(bureau|wij bieden|vrijblijvende offerte|samenwerking)\b`],
      pl: [String.raw`\b(agencja|oferujemy|bezplatna wycena|wspolprac\w*)\b`],
      sv: [String.raw`\b(byra|vi erbjuder|samarbete)\b`],
      pt: [String.raw`\b(agencia|oferecemos|parceria)\b`],
    },
  },
];
