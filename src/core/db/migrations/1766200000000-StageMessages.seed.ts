// The default "what to do now" per stage and role, as the method describes each step.
// Seeded once (1766200000000-StageMessages); rollout staff edit them afterwards.
type Texts = Record<'chapter_leader' | 'super_user' | 'local_support', { nb: string; en: string }>;

export const STAGE_GUIDANCE: Record<string, Texts> = {
  anchored: {
    chapter_leader: {
      nb: 'Sett deg inn i hvorfor systemet innføres, og fortell styret og de frivillige hva det betyr for dere. Ta opp bekymringer som «Innspill».',
      en: 'Learn why the system is coming, and tell the board and the volunteers what it means for you. Raise worries as feedback.',
    },
    super_user: {
      nb: 'Møt lederne i enhetene dine og forklar planen: hvorfor, hva, for hvem og hvordan.',
      en: 'Meet the leaders of your units and explain the plan: why, what, for whom and how.',
    },
    local_support: {
      nb: 'Les planen og finn ut hvem du skal kontakte i regionen når noen trenger hjelp.',
      en: 'Read the plan and find out whom to contact in the region when someone needs help.',
    },
  },
  super_user: {
    chapter_leader: {
      nb: 'Sørg for at laget har en superbruker, og registrer vedkommende i rollen.',
      en: 'Make sure the chapter has a super-user, and record them in the role.',
    },
    super_user: {
      nb: 'Bekreft at du har tatt rollen, og meld deg på videregående opplæring for superbrukere.',
      en: 'Confirm that you have taken the role, and sign up for the advanced training for super-users.',
    },
    local_support: {
      nb: 'Bli kjent med superbrukeren: det er hen du går til først når du står fast.',
      en: 'Get to know the super-user: they are the first you turn to when you are stuck.',
    },
  },
  basic_training: {
    chapter_leader: {
      nb: 'Sørg for at alle med en rolle i laget tar grunnopplæringen innen datoen.',
      en: 'Make sure everyone with a role in the chapter takes the basic training by the date.',
    },
    super_user: {
      nb: 'Hold eller book grunnopplæringen for rolleinnehaverne, og registrer hvem som deltok.',
      en: 'Run or book the basic training for the role holders, and record who attended.',
    },
    local_support: {
      nb: 'Ta grunnopplæringen selv, og noter spørsmålene du får fra de andre.',
      en: 'Take the basic training yourself, and note the questions the others ask you.',
    },
  },
  access_ready: {
    chapter_leader: {
      nb: 'Sjekk at alle som skal bruke systemet har fått konto og kan logge inn.',
      en: 'Check that everyone who will use the system has an account and can sign in.',
    },
    super_user: {
      nb: 'Gå gjennom kontoene med lagene og hjelp dem som ikke kommer inn.',
      en: 'Go through the accounts with the chapters and help those who cannot get in.',
    },
    local_support: {
      nb: 'Lær eskaleringsveien og innloggingsveiledningene, så du kan hjelpe ved første innlogging.',
      en: 'Learn the escalation path and the sign-in guides, so you can help at the first sign-in.',
    },
  },
  live: {
    chapter_leader: {
      nb: 'Bruk systemet i det daglige arbeidet, og slutt å bruke de gamle listene.',
      en: 'Use the system in the daily work, and stop using the old lists.',
    },
    super_user: {
      nb: 'Følg med på bruken i lagene og hjelp dem som faller av.',
      en: 'Keep an eye on the use in the chapters and help those who fall behind.',
    },
    local_support: {
      nb: 'Svar på spørsmål i laget, og send det du ikke løser videre etter eskaleringsveien.',
      en: 'Answer questions in the chapter, and pass on what you cannot solve along the escalation path.',
    },
  },
  follow_up: {
    chapter_leader: {
      nb: 'Gå gjennom hva som fungerer og hva som ikke gjør det, og meld det som «Innspill».',
      en: 'Review what works and what does not, and report it as feedback.',
    },
    super_user: {
      nb: 'Hold oppfølgingsmøtet med lagene og samle behovene til faggruppen.',
      en: 'Hold the follow-up meeting with the chapters and gather the needs for the functional group.',
    },
    local_support: {
      nb: 'Fortell hvilke spørsmål som kommer oftest, så veiledningene kan bli bedre.',
      en: 'Tell which questions come most often, so the guides can get better.',
    },
  },
};
