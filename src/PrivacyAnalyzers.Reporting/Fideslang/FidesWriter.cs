using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Reporting.Fideslang;

/// <summary>
/// Writes an inventory as fideslang resources that Fides loads (<c>fides apply</c>): one <c>system</c> whose
/// <c>privacy_declarations</c> group the members by purpose (data use), legal basis, retention and Art. 9 condition, and
/// one <c>dataset</c> with a collection per type and a field per member. Field names follow fideslang's models
/// (<c>legal_basis_for_processing</c>, <c>retention_period</c>, <c>special_category_legal_basis</c>, …). Only what the
/// annotations declare is written: an unstated legal basis or retention is left out, not guessed. Every data category,
/// data use and data subject written is a key of fideslang's default taxonomy (<see cref="FideslangTaxonomy"/>).
/// Deterministic; LF line endings.
/// </summary>
public static class FidesWriter
{
    /// <summary>The declaration name of members that declare no purpose (their data use comes from <c>"*"</c>).</summary>
    public const string NoPurposeName = "Members with no declared purpose";

    /// <summary>Writes the YAML.</summary>
    /// <exception cref="InventoryLoadException">A purpose or data subject that neither the taxonomy nor <paramref name="mapping"/> maps; the message lists them all.</exception>
    public static string Write(PrivacyInventory inventory, FidesMapping mapping)
    {
        if (inventory is null)
        {
            throw new ArgumentNullException(nameof(inventory));
        }

        mapping ??= FidesMapping.None;
        var systemKey = Key(inventory.Assembly);
        var datasetKey = systemKey + "_dataset";
        var declarations = Declarations(inventory, mapping);

        var yaml = new StringBuilder();
        yaml.Append("# fideslang resources (https://github.com/ethyca/fideslang) for Fides, written by PrivacyAnalyzers from the inventory of ")
            .Append(OneLine(inventory.Assembly)).Append(".\n");
        yaml.Append("# Keys are fideslang default-taxonomy keys; load with `fides apply` or `fides evaluate`.\n");
        yaml.Append("system:\n");
        yaml.Append("  - fides_key: ").Append(systemKey).Append('\n');
        yaml.Append("    name: ").Append(Quote(inventory.Assembly)).Append('\n');
        yaml.Append("    description: ").Append(Quote("Personal data processed by " + inventory.Assembly + ", from its PrivacyAnalyzers inventory.")).Append('\n');
        yaml.Append("    system_type: Application\n");
        if (inventory.Controller is { } controller)
        {
            yaml.Append("    legal_name: ").Append(Quote(controller.Name)).Append('\n');
            if (Countries.AddressWithCountry(controller.Address, controller.Country, ReportLanguage.English) is { } address)
            {
                yaml.Append("    legal_address: ").Append(Quote(address)).Append('\n');
            }

            var dpo = string.Join(", ", new[] { controller.DpoName, controller.DpoEmail }.Where(part => !string.IsNullOrWhiteSpace(part)));
            if (dpo.Length > 0)
            {
                yaml.Append("    dpo: ").Append(Quote(dpo)).Append('\n');
            }
        }

        yaml.Append("    processes_personal_data: ").Append(Bool(inventory.Entries.Count > 0)).Append('\n');
        var transfers = inventory.Entries.SelectMany(e => e.Recipients).Where(r => Countries.IsThirdCountry(r.Country, Jurisdictions.Of(inventory.Controller))).ToList();
        yaml.Append("    does_international_transfers: ").Append(Bool(transfers.Count > 0)).Append('\n');
        var transferBases = transfers.Select(r => TransferBasis(r.Safeguard)).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (transferBases.Count > 0)
        {
            List(yaml, "    ", "legal_basis_for_transfers", transferBases.Select(Quote));
        }

        yaml.Append("    dataset_references:\n      - ").Append(datasetKey).Append('\n');
        if (declarations.Count == 0)
        {
            yaml.Append("    privacy_declarations: []\n");
        }
        else
        {
            yaml.Append("    privacy_declarations:\n");
            foreach (var declaration in declarations)
            {
                declaration.Write(yaml, datasetKey);
            }
        }

        yaml.Append("dataset:\n");
        yaml.Append("  - fides_key: ").Append(datasetKey).Append('\n');
        yaml.Append("    name: ").Append(Quote(inventory.Assembly + " personal data")).Append('\n');
        yaml.Append("    description: ").Append(Quote("The types (collections) and members (fields) of " + inventory.Assembly + " that hold personal data.")).Append('\n');
        var types = inventory.Entries.GroupBy(e => e.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            yaml.Append("    collections: []\n");
        }
        else
        {
            yaml.Append("    collections:\n");
            foreach (var type in types)
            {
                yaml.Append("      - name: ").Append(Quote(type.Key)).Append('\n');
                var subject = type.Select(e => e.DataSubject).FirstOrDefault(s => s is not null);
                if (subject is not null)
                {
                    yaml.Append("        description: ").Append(Quote("Data subject: " + subject)).Append('\n');
                }

                yaml.Append("        fields:\n");
                foreach (var entry in type.OrderBy(e => e.Member, StringComparer.Ordinal))
                {
                    yaml.Append("          - name: ").Append(Quote(entry.Member)).Append('\n');
                    var description = string.IsNullOrWhiteSpace(entry.Description)
                        ? entry.Category is null ? null : "Category: " + entry.Category
                        : entry.Description!.Trim() + (entry.Category is null ? string.Empty : " (category: " + entry.Category + ")");
                    if (description is not null)
                    {
                        yaml.Append("            description: ").Append(Quote(description)).Append('\n');
                    }

                    List(yaml, "            ", "data_categories", new[] { FidesCategory(entry) });
                }
            }
        }

        return yaml.ToString();
    }

    /// <summary>The fideslang category of an entry: its category's mapping, else <c>user</c> (personal data, not further classified).</summary>
    public static string FidesCategory(InventoryEntry entry) => CategoryTaxonomy.FideslangOf(entry.Category) ?? "user";

    /// <summary>fideslang's Art. 6 legal-basis value (<c>LegalBasisForProcessingEnum</c>), or null when none is declared.</summary>
    public static string? LegalBasisValue(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "Consent",
        LegalBasis.Contract => "Contract",
        LegalBasis.LegalObligation => "Legal obligations",
        LegalBasis.VitalInterests => "Vital interests",
        LegalBasis.PublicTask => "Public interest",
        LegalBasis.LegitimateInterests => "Legitimate interests",
        _ => null,
    };

    /// <summary>fideslang's Art. 9 value (<c>SpecialCategoryLegalBasisEnum</c>), or null when none is declared.</summary>
    public static string? SpecialCategoryValue(SpecialCategoryCondition condition) => condition switch
    {
        SpecialCategoryCondition.ExplicitConsent => "Explicit consent",
        SpecialCategoryCondition.EmploymentAndSocialSecurity => "Employment, social security and social protection",
        SpecialCategoryCondition.VitalInterests => "Vital interests",
        SpecialCategoryCondition.NotForProfitBody => "Not-for-profit bodies",
        SpecialCategoryCondition.ManifestlyMadePublic => "Made public by the data subject",
        SpecialCategoryCondition.LegalClaims => "Legal claims or judicial acts",
        SpecialCategoryCondition.SubstantialPublicInterest => "Reasons of substantial public interest (with a basis in law)",
        SpecialCategoryCondition.HealthOrSocialCare => "Health or social care (with a basis in law)",
        SpecialCategoryCondition.PublicHealth => "Public health (with a basis in law)",
        SpecialCategoryCondition.ArchivingResearchOrStatistics => "Archiving, research and statistics (with a basis in law)",
        _ => null,
    };

    private static string? TransferBasis(TransferSafeguard safeguard) => safeguard switch
    {
        TransferSafeguard.AdequacyDecision => "Adequacy Decision",
        TransferSafeguard.StandardContractualClauses => "SCCs",
        TransferSafeguard.BindingCorporateRules => "BCRs",
        TransferSafeguard.Derogation => "Other",
        _ => null,
    };

    private static List<Declaration> Declarations(PrivacyInventory inventory, FidesMapping mapping)
    {
        var unmappedPurposes = new SortedSet<string>(StringComparer.Ordinal);
        var unmappedSubjects = new SortedSet<string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        foreach (var entry in inventory.Entries)
        {
            string? subject = null;
            if (entry.DataSubject is { } subjectName)
            {
                subject = mapping.DataSubjectOf(subjectName);
                if (subject is null)
                {
                    unmappedSubjects.Add(subjectName);
                }
            }

            var purposes = entry.Purposes.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (purposes.Count == 0)
            {
                purposes.Add(null!);
            }

            foreach (var purpose in purposes)
            {
                var use = mapping.DataUseOf(purpose);
                if (use is null)
                {
                    unmappedPurposes.Add(purpose is null ? "(members with no purpose: map \"*\")" : purpose);
                    continue;
                }

                var name = purpose ?? NoPurposeName;
                var period = RetentionPeriod.Of(entry);
                var retention = entry.Retention is null && !period.HasAlternative
                    ? null
                    : RetentionText.Describe(period, ReportLanguage.English, addressingTheSubject: false) + (period.Note is null ? string.Empty : " (" + period.Note.TrimEnd('.') + ")");
                var key = string.Join("\u001f", name, use, ((int)entry.LegalBasis).ToString(CultureInfo.InvariantCulture), retention ?? string.Empty, ((int)entry.SpecialCategoryCondition).ToString(CultureInfo.InvariantCulture));
                if (!byKey.TryGetValue(key, out var declaration))
                {
                    declaration = new Declaration(name, use, entry.LegalBasis, retention, entry.SpecialCategoryCondition);
                    byKey.Add(key, declaration);
                }

                declaration.Add(entry, subject);
            }
        }

        if (unmappedPurposes.Count > 0 || unmappedSubjects.Count > 0)
        {
            var problems = new List<string>();
            if (unmappedPurposes.Count > 0)
            {
                problems.Add("no fideslang data use for the purposes " + string.Join(", ", unmappedPurposes.Select(p => "\"" + p + "\"")));
            }

            if (unmappedSubjects.Count > 0)
            {
                problems.Add("no fideslang data subject for " + string.Join(", ", unmappedSubjects.Select(s => "\"" + s + "\"")));
            }

            throw new InventoryLoadException(
                mapping.SourceName ?? inventory.Assembly,
                string.Join("; ", problems) + ". Map them in a --fides-map file ({\"dataUses\": {\"<purpose>\": \"<data use>\"}, \"dataSubjects\": {\"<subject>\": \"<data subject>\"}}; see docs/outputs.md).");
        }

        return byKey.Values
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ThenBy(d => d.DataUse, StringComparer.Ordinal)
            .ThenBy(d => (int)d.LegalBasis)
            .ThenBy(d => d.Retention, StringComparer.Ordinal)
            .ThenBy(d => (int)d.SpecialCondition)
            .ToList();
    }

    private sealed class Declaration
    {
        private readonly SortedSet<string> _categories = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _subjects = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sharedCategories = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _thirdParties = new(StringComparer.Ordinal);
        private bool _special;

        public Declaration(string name, string dataUse, LegalBasis legalBasis, string? retention, SpecialCategoryCondition specialCondition)
        {
            Name = name;
            DataUse = dataUse;
            LegalBasis = legalBasis;
            Retention = retention;
            SpecialCondition = specialCondition;
        }

        public string Name { get; }

        public string DataUse { get; }

        public LegalBasis LegalBasis { get; }

        public string? Retention { get; }

        public SpecialCategoryCondition SpecialCondition { get; }

        public void Add(InventoryEntry entry, string? subject)
        {
            var category = FidesCategory(entry);
            _categories.Add(category);
            if (subject is not null)
            {
                _subjects.Add(subject);
            }

            _special |= entry.Category is not null && CategoryTaxonomy.KindOf(entry.Category, declaredSpecial: false) == CategoryKind.Special;
            foreach (var recipient in entry.Recipients)
            {
                _sharedCategories.Add(category);
                var details = LegalText.RecipientKindName(recipient.Kind, ReportLanguage.English);
                if (recipient.Country is { Length: > 0 } country)
                {
                    details += ", " + Countries.Name(country, ReportLanguage.English);
                }

                _thirdParties.Add(recipient.Name + " (" + details + ")");
            }
        }

        public void Write(StringBuilder yaml, string datasetKey)
        {
            yaml.Append("      - name: ").Append(Quote(Name)).Append('\n');
            List(yaml, "        ", "data_categories", _categories);
            yaml.Append("        data_use: ").Append(DataUse).Append('\n');
            List(yaml, "        ", "data_subjects", _subjects);
            yaml.Append("        dataset_references:\n          - ").Append(datasetKey).Append('\n');
            if (LegalBasisValue(LegalBasis) is { } basis)
            {
                yaml.Append("        legal_basis_for_processing: ").Append(Quote(basis)).Append('\n');
            }

            if (Retention is not null)
            {
                yaml.Append("        retention_period: ").Append(Quote(Retention)).Append('\n');
            }

            yaml.Append("        processes_special_category_data: ").Append(Bool(_special)).Append('\n');
            if (_special && SpecialCategoryValue(SpecialCondition) is { } condition)
            {
                yaml.Append("        special_category_legal_basis: ").Append(Quote(condition)).Append('\n');
            }

            yaml.Append("        data_shared_with_third_parties: ").Append(Bool(_thirdParties.Count > 0)).Append('\n');
            if (_thirdParties.Count > 0)
            {
                yaml.Append("        third_parties: ").Append(Quote(string.Join("; ", _thirdParties))).Append('\n');
                List(yaml, "        ", "shared_categories", _sharedCategories);
            }
        }
    }

    private static void List(StringBuilder yaml, string indent, string name, IEnumerable<string> items)
    {
        var list = items.ToList();
        yaml.Append(indent).Append(name).Append(':');
        if (list.Count == 0)
        {
            yaml.Append(" []\n");
            return;
        }

        yaml.Append('\n');
        foreach (var item in list)
        {
            yaml.Append(indent).Append("  - ").Append(item).Append('\n');
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A fides_key (<c>^[a-zA-Z0-9_.&lt;&gt;-]+$</c>) from a name: other characters become <c>_</c>.</summary>
    internal static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '_' or '.' or '-' ? c : '_');
        }

        return builder.Length == 0 ? "privacy_inventory" : builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar (JSON-compatible escapes).</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
