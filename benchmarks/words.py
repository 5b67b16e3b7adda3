"""French building blocks for synthetic text: sentences that read like the guide's, without meaning anything."""

SUBJECTS = [
    "La collectivité", "La commune", "L'équipe municipale", "Le service du développement économique",
    "La métropole", "L'intercommunalité", "Chaque partenaire", "Le comité de pilotage", "La région",
    "L'agence de développement", "Un groupe d'entreprises locales", "La chambre de commerce",
    "L'université", "Une association de quartier", "Le réseau des commerçants", "L'opérateur retenu",
    "La direction des systèmes d'information", "Le conseil municipal", "Une banque locale",
    "L'école d'ingénieurs", "Le jury", "La maison de l'emploi", "Le collectif d'habitants",
]
VERBS = [
    "accompagne", "réunit", "soutient", "oriente", "finance en partie", "recense", "met en relation",
    "forme", "consulte", "fait connaître", "évalue", "invite", "conseille", "équipe", "rassemble",
    "sélectionne", "suit de près", "mobilise", "encourage", "rencontre", "associe", "écoute",
]
OBJECTS = [
    "les jeunes entreprises", "les porteurs de projet", "les habitants", "les commerçants du centre",
    "les artisans", "les étudiants", "les agents municipaux", "les élus", "les associations",
    "les créateurs d'entreprise", "les femmes entrepreneures", "les producteurs agricoles",
    "les entreprises du bâtiment", "les transporteurs", "les demandeurs d'emploi", "les lycéens",
    "les développeurs indépendants", "les petites et moyennes entreprises", "les coopératives",
    "les vendeurs du marché", "les chercheurs", "les investisseurs", "les services techniques",
]
COMPLEMENTS = [
    "pendant la première année", "avec un budget modeste", "dans les quartiers prioritaires",
    "à partir des besoins exprimés sur le terrain", "en lien avec les écoles du territoire",
    "sans chercher à tout faire elle-même", "au rythme d'une réunion par mois",
    "grâce à des locaux municipaux inoccupés", "avant de lancer un appel plus large",
    "pour tester une idée à petite échelle", "en publiant chaque étape du calendrier",
    "avec l'appui d'un opérateur spécialisé", "autour d'un problème concret de la ville",
    "dans un délai de six mois", "en s'appuyant sur les données disponibles",
    "pour que les résultats restent visibles", "sur un quartier puis sur toute la ville",
    "en prévoyant dès le départ une évaluation", "avec des partenaires déjà engagés",
    "en laissant la propriété des solutions aux entreprises", "dans les communes rurales voisines",
]
TERM_FRAMES = [
    "Le recours à {term} change la manière de travailler ensemble",
    "Le projet s'appuie sur {term} pour aller plus vite",
    "Les participants découvrent {term} au cours d'un atelier",
    "Une partie du budget sert à organiser {term}",
    "Le mot {term} revient souvent dans les échanges",
    "Les partenaires comparent {term} avec ce qui existe ailleurs",
    "Cette démarche rapproche {term} des besoins du territoire",
]
QUESTIONS = [
    "Qui, au sein de la collectivité, suit {object} au quotidien ?",
    "Le budget prévu permet-il d'accompagner {object} sur plusieurs années ?",
    "Les besoins de {object} ont-ils été recueillis directement ?",
    "Un partenaire peut-il prendre en charge l'animation auprès de {object} ?",
    "Les résultats attendus pour {object} sont-ils mesurables ?",
    "Les locaux et les outils sont-ils accessibles à {object} ?",
    "Le calendrier laisse-t-il le temps de consulter {object} ?",
    "Les données utiles à {object} sont-elles disponibles et à jour ?",
]

CITIES = [
    ("Dakar", "Sénégal"), ("Abidjan", "Côte d'Ivoire"), ("Lomé", "Togo"), ("Cotonou", "Bénin"),
    ("Ouagadougou", "Burkina Faso"), ("Bamako", "Mali"), ("Niamey", "Niger"), ("Douala", "Cameroun"),
    ("Yaoundé", "Cameroun"), ("Libreville", "Gabon"), ("Kinshasa", "République démocratique du Congo"),
    ("Kigali", "Rwanda"), ("Nairobi", "Kenya"), ("Kampala", "Ouganda"), ("Addis-Abeba", "Éthiopie"),
    ("Antananarivo", "Madagascar"), ("Tunis", "Tunisie"), ("Sfax", "Tunisie"), ("Rabat", "Maroc"),
    ("Tanger", "Maroc"), ("Marrakech", "Maroc"), ("Oran", "Algérie"), ("Le Caire", "Égypte"),
    ("Beyrouth", "Liban"), ("Amman", "Jordanie"), ("Hanoï", "Viêt Nam"), ("Phnom Penh", "Cambodge"),
    ("Vientiane", "Laos"), ("Bogotá", "Colombie"), ("Lima", "Pérou"), ("Quito", "Équateur"),
    ("La Paz", "Bolivie"), ("Recife", "Brésil"), ("Curitiba", "Brésil"), ("Montevideo", "Uruguay"),
    ("Santiago", "Chili"), ("Puebla", "Mexique"), ("Port-au-Prince", "Haïti"), ("Lyon", "France"),
    ("Nantes", "France"), ("Lille", "France"), ("Bordeaux", "France"), ("Grenoble", "France"),
    ("Rennes", "France"), ("Liège", "Belgique"), ("Lausanne", "Suisse"), ("Québec", "Canada"),
    ("Montréal", "Canada"), ("Saint-Denis", "La Réunion"), ("Nouméa", "Nouvelle-Calédonie"),
]
PROGRAMS = [
    "Programme", "Laboratoire", "Réseau", "Maison", "Plateforme", "Fabrique", "Campus", "Atelier",
    "Pôle", "Carrefour", "Parcours", "Défi", "Incubateur", "Accélérateur", "Forum", "Chantier",
    "Observatoire", "Comptoir", "Halle", "Cité",
]
THEMES = [
    "des mobilités", "de l'artisanat numérique", "des données locales", "de l'emploi des jeunes",
    "des commerces de proximité", "de l'agriculture connectée", "de l'énergie partagée",
    "du tourisme local", "des services publics en ligne", "de l'économie circulaire",
    "de la santé de proximité", "des marchés", "de la formation aux métiers du code",
    "de l'eau et de l'assainissement", "des déchets", "du paiement mobile", "de la culture",
    "du logement", "de l'innovation sociale", "des industries créatives",
]
ORGANISATIONS = [
    "Ville de {city}", "Agence de développement de {city}", "Chambre de commerce de {city}",
    "Université de {city}", "Association Numérique {city}", "Réseau des entrepreneurs de {city}",
    "Banque populaire régionale", "Opérateur de télécommunications national", "Fondation pour l'emploi",
    "École supérieure d'informatique", "Coopérative des artisans", "Agence nationale du numérique",
]
TAGS = ["mobilité", "données", "emploi", "formation", "commerce", "agriculture", "énergie", "santé",
        "tourisme", "culture", "jeunesse", "inclusion", "artisanat", "financement", "partenariats",
        "services publics", "quartiers", "logement", "environnement", "industrie"]
DOMAINS = [
    ("Rendre les services publics plus simples", "services publics"),
    ("Former aux métiers du numérique", "formation"),
    ("Ouvrir et partager les données du territoire", "données"),
    ("Accompagner le commerce de proximité", "commerce"),
    ("Développer l'agriculture connectée", "agriculture"),
    ("Réduire la fracture numérique", "inclusion"),
    ("Soutenir l'économie sociale et solidaire", "économie sociale"),
    ("Organiser les mobilités", "mobilité"),
]
STEPS = [
    "Faire l'état des lieux", "Fixer les objectifs", "Réunir les partenaires", "Lancer un essai",
    "Étendre ce qui fonctionne", "Mesurer et ajuster",
]
SECTION_TITLES = [
    "Pourquoi commencer ici", "Ce que la collectivité peut faire", "Les acteurs à associer",
    "Les moyens à prévoir", "Les pièges à éviter", "Un calendrier réaliste", "Mesurer les effets",
    "Faire connaître les résultats", "Travailler avec les entreprises", "Impliquer les habitants",
]
TERM_NOUNS = [
    "réseau", "fonds", "guichet", "espace", "programme", "laboratoire", "atelier", "marché", "pôle",
    "service", "parcours", "dispositif", "registre", "catalogue", "observatoire", "label", "contrat",
    "comptoir", "forum", "chantier", "studio", "annuaire", "bureau", "cercle", "collectif",
]
TERM_QUALIFIERS = [
    "coopératif", "mutualisé", "territorial", "participatif", "solidaire", "itinérant", "ouvert",
    "partagé", "communautaire", "municipal", "régional", "circulaire", "numérique de proximité",
    "d'amorçage local", "de quartier", "d'expérimentation", "d'entraide", "de médiation",
    "d'innovation sociale", "de données", "de compétences", "de mentorat croisé", "d'achat groupé",
    "de garantie", "de microcrédit", "d'accélération rurale", "de prototypage", "de diagnostic",
]
