using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// Words that make an account number or a fiscal code a legal entity's, not a person's (PRIV002): a company's IBAN
/// printed on its invoices, a bank's, a supplier's. Matched as whole words of an identifier (<c>SupplierIban</c>,
/// <c>ContBancarFirma</c>, <c>Furnizor</c>), in the languages the vocabulary covers. Narrower than the vocabulary's
/// owner words: a product or a file owns no bank account.
/// </summary>
internal static class OrganisationWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "company", "companies", "firm", "business", "organization", "organisation", "bank", "supplier", "vendor", "merchant",
        "employer", "corporation", "enterprise", "store", "shop",
        // Romanian
        "firma", "firmă", "firmei", "societate", "societatea", "societății", "companie", "compania", "banca", "bancă", "băncii",
        "furnizor", "furnizorul", "furnizorului", "angajator", "angajatorul", "magazin", "srl",
        // French, German, Spanish
        "société", "societe", "entreprise", "banque", "fournisseur", "employeur", "unternehmen", "lieferant", "arbeitgeber",
        "empresa", "compañía", "compania", "banco", "proveedor", "empleador",
    };

    /// <summary>Whether any word of the identifier names an organisation.</summary>
    public static bool AnyIn(string identifier)
    {
        Span<WordSpan> words = stackalloc WordSpan[24];
        var count = IdentifierSplitter.Split(identifier, words);
        for (var i = 0; i < count; i++)
        {
            if (Words.Contains(identifier.Substring(words[i].Start, words[i].Length)))
            {
                return true;
            }
        }

        return false;
    }
}
