namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // French, with accents (folding makes "prénom" and "prenom" equal); "de", "du", "des", "d" are stop words,
    // so "dateDeNaissance", "date_naissance" and "DateNaissance" all match "date de naissance".
    private static void AddFrench(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "nom", "nom complet");
        b.Terms("Identity.Name", Strong, Text, "prénom", "prenom", "nom de famille", "nom de naissance", "nom de jeune fille");
        b.Terms("Identity.NationalId", Always, Number, "numéro de sécurité sociale", "numero securite sociale", "nir",
            "numéro d'identification", "numero insee");
        b.Terms("Identity.Document", Always, Number, "carte d'identité", "carte identite", "pièce d'identité", "piece identite",
            "passeport", "numéro de passeport", "permis de conduire");
        b.Terms("Identity.DateOfBirth", Always, Date, "date de naissance", "naissance", "anniversaire");
        b.Terms("Identity", Always, Text, "lieu de naissance");
        b.Terms("Identity", Weak, Enum | Number, "âge", "nationalité", "situation familiale", "état civil");
        b.Terms("Identity", Weak, Date, "date de mariage");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "sexe", "civilité", "civilite");

        // "Genre" is also a kind (of music, film, book) in French and the word English code uses for it: on a person only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Enum, "genre");
        b.Terms("Identity.Photo", Weak, Binary, "photo de profil");

        b.Terms("Contact.Email", Strong, Text, "courriel", "adresse email", "adresse électronique", "adresse mail", "mél");
        b.Terms("Contact.Phone", Strong, Number, "téléphone", "telephone", "numéro de téléphone", "tél", "portable", "numero mobile");
        b.Terms("Contact.Address", Weak, Text, "adresse", "rue", "code postal", "adresse postale", "domicile", "numéro de rue");
        b.Terms("Location.Coarse", Weak, Text, "ville", "pays", "commune", "département");

        b.Terms("Financial.BankAccount", Strong, Number, "compte bancaire", "rib", "numéro de compte", "coordonnées bancaires");
        b.Terms("Financial.PaymentCard", Strong, Number, "numéro de carte", "carte bancaire", "carte de crédit");
        b.Terms("Financial.TaxId", Weak, Number, "numéro fiscal", "numero fiscal", "siret", "siren", "numéro de tva");

        b.Terms("Online.IpAddress", Strong, Text, "adresse ip");
        b.Terms("Online.Username", Strong, Text, "nom d'utilisateur", "nom utilisateur", "identifiant");
        b.Terms("Credentials.Password", Strong, Binary, "mot de passe", "motdepasse", "mdp");
        b.Terms("Credentials.Secret", Weak, Binary, "code secret", "question secrète");

        b.Terms("Content.Message", Weak, Text, "objet du message", "demande", "courrier");
        b.Terms("Content.Feedback", Weak, Text, "avis", "commentaire", "réclamation", "plainte");
        b.Terms("Employment", Weak, Number, "salaire", "employeur", "poste occupé");

        b.Terms("Special.Health", Weak, Special, "santé", "dossier médical");
        b.Terms("Special.Health", Strong, Special, "maladie", "diagnostic médical", "handicap", "groupe sanguin");
        b.Terms("Special.Biometric", Strong, Special | Binary, "empreinte digitale", "empreintes digitales");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "origine ethnique", "ethnie");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "opinion politique", "parti politique");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religion", "confession");
        b.Terms("Special.TradeUnion", Strong, Special, "syndicat", "appartenance syndicale");
        b.Terms("Special.SexLife", Strong, Special, "orientation sexuelle");
        b.Terms("Criminal", Strong, Special, "casier judiciaire", "condamnation", "condamnations");

        b.Words(WordRole.Subject, "utilisateur", "personne", "employé", "employe", "salarié", "salarie", "membre", "abonné", "abonne",
            "élève", "étudiant", "etudiant", "visiteur", "titulaire", "acheteur", "adhérent", "adherent", "locataire",
            "demandeur", "bénéficiaire", "interlocuteur");

        b.Words(WordRole.Owner, "produit", "catégorie", "fichier", "dossier", "société", "societe", "entreprise", "banque",
            "serveur", "projet", "modèle", "modele", "magasin", "fournisseur", "agence");

        b.Words(WordRole.Meta, "longueur", "confirmé", "confirme", "vérifié", "verifie", "modèle", "politique", "nombre");

        b.Words(WordRole.Technical, "paramètres", "parametres", "paramètre", "réglages", "configuration");
    }
}
