using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Builds the data sections of a privacy policy from an inventory, in the structure of the seed policies: who we are,
/// what we collect per data subject (grouped by category), why and on which legal basis, how long, who receives it and
/// where it goes, the legal bases explained, transfers outside the EEA, your rights and how to exercise them.
/// Gaps in the annotations (no controller, no legal basis, no retention, no country) are printed as "To complete"
/// notes so that a reviewer sees them instead of reading an invented statement.
/// </summary>
internal sealed class PrivacyPolicyBuilder
{
    private readonly PrivacyInventory _inventory;
    private readonly PrivacyInventory _processed;
    private readonly ReportLanguage _lang;
    private readonly List<Block> _blocks = new();
    private readonly TextLookup _text;
    private readonly Jurisdiction _jurisdiction;

    private PrivacyPolicyBuilder(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations)
    {
        // The notice covers what the project processes as controller; data processed on behalf of another controller
        // (Art. 28) is that controller's to explain, and goes to the processor's record (Art. 30(2)).
        _inventory = ProcessorRole.AsController(inventory);
        _processed = ProcessorRole.AsProcessor(inventory);
        _lang = language;
        _text = new TextLookup(translations);
        _jurisdiction = Jurisdictions.Of(inventory.Controller);
    }

    public static Document Build(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations) =>
        new PrivacyPolicyBuilder(inventory, language, translations).Build();

    private string T(string text) => _text.T(text);

    // The builder's own phrases cite the regulation of the controller's jurisdiction ("Art. 15 UK GDPR").
    private string L(string english, string romanian) => Jurisdictions.Cite(_lang.Pick(english, romanian), _jurisdiction);

    /// <summary>The fixed phrase <paramref name="key"/> in the document's language (<see cref="LegalPhrases"/>), citing the controller's regulation.</summary>
    private string P(string key) => Jurisdictions.Cite(LegalPhrases.Phrase(key, _lang), _jurisdiction);

    /// <summary>The fixed phrase <paramref name="key"/>, a composite format, with <paramref name="arguments"/> put in.</summary>
    private string P(string key, params object?[] arguments) => Jurisdictions.Cite(LegalPhrases.Phrase(key, _lang, arguments), _jurisdiction);

    private bool Uk => _jurisdiction == Jurisdiction.UkGdpr;

    private Document Build()
    {
        var title = P("notice.privacyPolicyHowWeProcessYourPersonal");
        _blocks.Add(new Comment(P("notice.generatedByPrivacyanalyzersFromTheInventoryOf", _inventory.Assembly)));
        _blocks.Add(new Paragraph(Uk
            ? LegalPhrases.Phrase("notice.uk.thisPartOfOurPrivacyPolicyExplains", _lang)
            : P("notice.thisPartOfOurPrivacyPolicyExplains")));

        Controller();
        _blocks.AddRange(DataMap.Section(_inventory, _lang, _text));
        Data();
        Recipients();
        LegalBases();
        Provision();
        Transfers();
        AutomatedDecisions();
        Rights();
        Exercise();
        if (_text.MissingComment(_lang) is { } missing)
        {
            _blocks.Add(missing);
        }

        return new Document(title, _lang, _blocks);
    }

    private void Controller()
    {
        _blocks.Add(new Heading(2, P("notice.whoWeAreAndHowToContact")));
        var c = _inventory.Controller;
        if (c is null)
        {
            _blocks.Add(ToComplete(P("notice.theControllersNameAndContactDetailsHave")));
            return;
        }

        _blocks.Add(new Paragraph(new Run(c.Name, strong: true), P("notice.isTheControllerOfYourPersonalData")));
        var items = new List<IReadOnlyList<Run>>();
        void Item(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                items.Add(new Run[] { label + ": ", value! });
            }
        }

        // An address is a proper name: translated when the table has it (diacritics of a place name), never listed as missing.
        var address = Countries.AddressWithCountry(c.Address is null ? null : _text.Name(c.Address), c.Country, _lang);

        Item(P("notice.address"), address);
        Item(P("notice.registrationNumber"), c.RegistrationNumber);
        Item(P("notice.taxIdentificationNumber"), c.TaxId);
        Item(P("notice.eMail"), c.Email);
        Item(P("notice.phone"), c.Phone);
        Item(P("notice.website"), c.Website);
        if (items.Count > 0)
        {
            _blocks.Add(new BulletList(items));
        }

        if (!string.IsNullOrWhiteSpace(c.Representative))
        {
            _blocks.Add(new Paragraph(
                Uk ? P("notice.uk.ourRepresentativeInTheUnitedKingdom") : P("notice.ourRepresentativeInTheEuropeanUnionArt"),
                new Run(T(c.Representative!), strong: true),
                "."));
        }

        if (!string.IsNullOrWhiteSpace(c.DpoName) || !string.IsNullOrWhiteSpace(c.DpoEmail))
        {
            var runs = new List<Run> { P("notice.youCanContactOurDataProtectionOfficer") };

            // A name that is only the title ("Data Protection Officer") is not repeated after the title.
            if (!string.IsNullOrWhiteSpace(c.DpoName) && !IsDpoTitle(c.DpoName!))
            {
                runs.Add(", ");
                runs.Add(new Run(c.DpoName!, strong: true));
                runs.Add(",");
            }

            if (!string.IsNullOrWhiteSpace(c.DpoEmail))
            {
                runs.Add(P("notice.at"));
                runs.Add(new Run(c.DpoEmail!, strong: true));
            }

            runs.Add(P("notice.aboutAnyQuestionOnHowWeProcess"));
            if (string.IsNullOrWhiteSpace(c.DpoEmail))
            {
                // Art. 13(1)(b) asks for the DPO's contact details, not only that there is one.
                runs.Add(" ");
                runs.Add(new Run(P("notice.toCompleteTheDataProtectionOfficersContact"), strong: true));
            }

            _blocks.Add(new Paragraph(runs));
        }
    }

    internal static bool IsDpoTitle(string name) =>
        string.Equals(name.Trim(), "Data Protection Officer", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name.Trim(), "DPO", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name.Trim(), "Responsabilul cu protecția datelor", StringComparison.OrdinalIgnoreCase);

    private void Data()
    {
        _blocks.Add(new Heading(2, P("notice.thePersonalDataWeProcess")));
        if (_inventory.Entries.Count == 0)
        {
            if (_processed.Entries.Count == 0)
            {
                _blocks.Add(new Paragraph(P("notice.weDoNotProcessPersonalDataIn")));
            }

            OnBehalfOfOthers();
            return;
        }

        var activities = ProcessingActivity.InReadingOrder(_inventory, _lang, Purpose);
        foreach (var subject in ProcessingActivity.DataSubjects(_inventory))
        {
            var entries = _inventory.Entries.Where(e => e.DataSubject == subject).ToList();
            _blocks.Add(new Heading(3, subject is null ? P("notice.otherPersonalData") : T(subject)));
            var description = subject is null ? null : _inventory.Subjects.FirstOrDefault(s => s.Name == subject && !string.IsNullOrWhiteSpace(s.Description))?.Description;
            if (description is not null)
            {
                _blocks.Add(new Paragraph(T(description)));
            }

            Collected(entries);
            ObtainedFrom(subject, entries);
            Purposes(activities.Where(a => a.DataSubject == subject).ToList());
            Retention(entries);
        }

        OnBehalfOfOthers();
    }

    /// <summary>
    /// Art. 14(1)(d), (2)(f): for data not collected from the person (source <see cref="DataSource.ThirdParty"/>), the
    /// categories concerned and the source the <c>[DataSubject(ObtainedFrom)]</c> names; "To complete" when none is named.
    /// </summary>
    private void ObtainedFrom(string? subject, List<InventoryEntry> entries)
    {
        var from = subject is null ? null : _inventory.Subjects.FirstOrDefault(s => s.Name == subject && !string.IsNullOrWhiteSpace(s.ObtainedFrom))?.ObtainedFrom!.Trim();
        var received = entries.Where(e => e.Source == DataSource.ThirdParty).ToList();
        if (received.Count == 0 && from is null)
        {
            return;
        }

        var runs = new List<Run> { new(P("notice.whereItComesFrom"), strong: true), ": " };
        if (received.Count > 0)
        {
            runs.Add(Capitalize(CategoryList(received)) + P("notice.weDoNotCollectThisDataFrom"));
        }
        else
        {
            runs.Add(P("notice.theSourceOfThisDataArt14"));
        }

        runs.Add(from is null
            ? new Run(P("notice.toCompleteTheSourceHasNotBeen"), strong: true)
            : new Run(T(from).TrimEnd('.')));
        runs.Add(".");
        _blocks.Add(new Paragraph(runs));
    }

    /// <summary>
    /// The data the project processes as a processor (Art. 28), on behalf of the controllers its
    /// <c>[DataSubject(ProcessedOnBehalfOf)]</c> names: said in one paragraph, without the data itself, which is that
    /// controller's to explain.
    /// </summary>
    private void OnBehalfOfOthers()
    {
        if (_processed.Entries.Count == 0)
        {
            return;
        }

        var groups = ProcessingActivity.DataSubjects(_processed)
            .Where(s => s is not null)
            .GroupBy(s => ProcessorRole.OnBehalfOf(_processed, s)!, StringComparer.Ordinal)
            .OrderBy(g => T(g.Key), TextOrder.For(_lang))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        _blocks.Add(new Heading(3, P("notice.dataWeProcessOnBehalfOfOthers")));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var group in groups)
        {
            items.Add(new Run[]
            {
                new(T(group.Key).TrimEnd('.'), strong: true),
                ": " + RetentionText.JoinList(group.Select(s => T(s!)).ToList(), _lang) + ".",
            });
        }

        _blocks.Add(new Paragraph(P("notice.weAlsoProcessPersonalDataAsA")));
        _blocks.Add(new BulletList(items));
        _blocks.Add(new Paragraph(P("notice.forThatDataTheControllerNamedAbove")));
    }

    private void Collected(List<InventoryEntry> entries)
    {
        _blocks.Add(new Paragraph(new Run(P("notice.whatWeCollect"), strong: true)));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var group in ByCategory(entries))
        {
            // Every bullet of the notice starts with a capital letter, as the retention and purpose bullets do.
            var runs = new List<Run> { new(Capitalize(CategoryName(group.Key)), strong: true) };
            var sources = group.Select(e => e.Source).Where(s => s != DataSource.Unspecified).Distinct().OrderBy(s => (int)s).Select(SourcePhrase).ToList();
            if (sources.Count > 0)
            {
                // Romanian names the source with nouns ("sursa: dumneavoastră; colectare automată"), which agree
                // with a singular category ("parolă") and a plural one alike; a pronoun ("le primim") does not.
                runs.Add(" (" + P("notice.sourceLabel") + string.Join("; ", sources) + ")");
            }

            var descriptions = group.Select(e => e.Description).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => T(d!).Trim().TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
            if (descriptions.Count > 0)
            {
                runs.Add(": " + string.Join("; ", descriptions));
            }

            items.Add(runs);
        }

        _blocks.Add(new BulletList(items));
    }

    private void Purposes(List<ProcessingActivity> activities)
    {
        _blocks.Add(new Paragraph(new Run(P("notice.whyWeUseItAndOnWhich"), strong: true)));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var activity in activities)
        {
            var runs = new List<Run>();
            if (activity.Purpose.Length == 0)
            {
                runs.Add(new Run(P("notice.toCompleteThePurposeHasNotBeen"), strong: true));
            }
            else
            {
                runs.Add(new Run(Purpose(activity.Purpose), strong: true));
            }

            runs.Add(" — " + CategoryList(activity.Entries) + ". ");
            runs.Add(P("notice.legalBasis") + LegalText.BasisWithArticle(activity.LegalBasis, _lang, _jurisdiction) + ".");
            if (activity.LegalBasis == LegalBasis.Unspecified)
            {
                runs.Add(" ");
                runs.Add(new Run(P("notice.toCompleteNoLegalBasisHasBeen"), strong: true));
            }
            else if (activity.LegalBasis == LegalBasis.LegitimateInterests)
            {
                // Art. 13(1)(d): the interests pursued are their own item, wherever Art. 6(1)(f) is the basis.
                var interests = activity.Entries.Select(e => e.LegitimateInterest).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => T(i!.Trim()).TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
                runs.Add(P("notice.legitimateInterestsPursued"));
                runs.Add(interests.Count > 0
                    ? new Run(string.Join("; ", interests) + ".")
                    : new Run(P("notice.toCompleteTheLegitimateInterestsPursuedHave"), strong: true));
            }

            var special = activity.Entries.Where(e => LegalText.IsSensitive(e.Category, _inventory.DeclaredCategories) && e.CriminalDataCondition == CriminalDataCondition.Unspecified)
                .Select(e => LegalText.SpecialCondition(e.SpecialCategoryCondition, _lang, addressingTheSubject: true, _jurisdiction)).Distinct().ToList();
            foreach (var condition in special)
            {
                runs.Add(P("notice.conditionForProcessingSpecialCategoriesOfPersonal"));
                runs.Add(condition is null ? new Run(P("notice.toCompleteNoneDeclared"), strong: true) : condition);
                runs.Add(".");
            }

            foreach (var condition in activity.Entries.Select(e => LegalText.CriminalCondition(e.CriminalDataCondition, _lang, _jurisdiction)).Where(c => c is not null).Distinct())
            {
                runs.Add(P("notice.conditionForProcessingDataAboutCriminalConvictions") + condition + ".");
            }

            items.Add(runs);
        }

        _blocks.Add(new BulletList(items));
    }

    private void Retention(List<InventoryEntry> entries)
    {
        _blocks.Add(new Paragraph(new Run(P("notice.howLongWeKeepIt"), strong: true)));
        var groups = entries
            .GroupBy(RetentionPeriod.Of)
            .OrderBy(g => g.Key, Comparer<RetentionPeriod>.Create(RetentionPeriod.Compare));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var group in groups)
        {
            var runs = new List<Run> { new(Capitalize(CategoryList(group)), strong: true), ": " };
            var text = RetentionText.Describe(group.Key, _lang);
            if (group.Key.Retention is null)
            {
                runs.Add(new Run(P("notice.toComplete") + text, strong: true));
            }
            else
            {
                runs.Add(text);
            }

            if (group.Key.Note is not null)
            {
                runs.Add(" (" + T(group.Key.Note).TrimEnd('.') + ")");
            }

            runs.Add(".");
            items.Add(runs);
        }

        // The same data kept on another legal basis ([RetainedUnder]), each with its own period: "under a legal
        // obligation (Art. 6(1)(c) GDPR): 10 years after the end of the contract".
        var retainedGroups = entries
            .SelectMany(e => e.RetainedUnder.Select(r => ProcessingActivity.AsRetainedUnder(e, r)))
            .GroupBy(e => (e.LegalBasis, Period: RetentionPeriod.Of(e)))
            .OrderBy(g => (int)g.Key.LegalBasis)
            .ThenBy(g => g.Key.Period, Comparer<RetentionPeriod>.Create(RetentionPeriod.Compare));
        foreach (var group in retainedGroups)
        {
            var runs = new List<Run>
            {
                new(Capitalize(CategoryList(group)), strong: true),
                P("notice.retentionOnAnotherLegalBasis") + LegalText.BasisWithArticle(group.Key.LegalBasis, _lang, _jurisdiction) + ": ",
            };
            AddPeriod(runs, group.Key.Period);
            items.Add(runs);
        }

        _blocks.Add(new BulletList(items));
    }

    /// <summary>
    /// Art. 13(1)(e) / 14(1)(e): who receives the personal data, as the seeds say it ("Providing your personal data to
    /// others"): each recipient once, with its role, what it receives (all the data the notice describes, or the
    /// categories per data subject), its purpose and where it processes the data. The data subjects whose data goes to
    /// no declared recipient are named once: "we do not disclose" only on the controller's declaration
    /// (<c>AllRecipientsDeclared</c>), otherwise "To complete". Recipients are listed alphabetically in the reader's
    /// language (<see cref="TextOrder"/>).
    /// </summary>
    private void Recipients()
    {
        if (_inventory.Entries.Count == 0)
        {
            return;
        }

        _blocks.Add(new Heading(2, P("notice.whoReceivesYourPersonalData")));
        var order = TextOrder.For(_lang);
        var subjects = ProcessingActivity.DataSubjects(_inventory);
        var groups = _inventory.Entries
            .SelectMany(e => e.Recipients.Select(r => (Recipient: r, Entry: e)))
            .GroupBy(x => (x.Recipient.Name, x.Recipient.Kind, x.Recipient.Country, x.Recipient.Safeguard, x.Recipient.Purpose, Details: string.IsNullOrWhiteSpace(x.Recipient.TransferDetails) ? null : x.Recipient.TransferDetails!.Trim()))
            .OrderBy(g => _text.Name(g.Key.Name), order)
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => (int)g.Key.Kind)
            .ThenBy(g => g.Key.Country, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Purpose, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Details, StringComparer.Ordinal)
            .ToList();

        var items = new List<IReadOnlyList<Run>>();
        foreach (var group in groups)
        {
            var key = group.Key;
            var runs = new List<Run> { new(_text.Name(key.Name), strong: true), ", " + LegalText.RecipientKindName(key.Kind, _lang) };
            runs.AddRange(Received(group.Select(x => x.Entry).Distinct().ToList(), subjects));
            if (!string.IsNullOrWhiteSpace(key.Purpose))
            {
                runs.Add(P("notice.purpose") + Capitalize(T(key.Purpose!).Trim().TrimEnd('.')) + ".");
            }

            runs.Add(" ");
            runs.AddRange(Location(key.Country, key.Safeguard));
            if (key.Details is not null)
            {
                runs.Add(P("notice.transferDetails") + T(key.Details).TrimEnd('.') + ".");
            }

            items.Add(runs);
        }

        if (items.Count > 0)
        {
            _blocks.Add(new BulletList(items));
        }

        // Only a declaration may say that nobody receives the data: an absence of [Recipient] says nothing.
        var undisclosed = subjects.Where(s => !_inventory.Entries.Any(e => e.DataSubject == s && e.Recipients.Count > 0)).ToList();
        if (undisclosed.Count == 0)
        {
            return;
        }

        if (undisclosed.Count == subjects.Count)
        {
            _blocks.Add(AllRecipientsDeclared
                ? new Paragraph(P("notice.weDoNotDiscloseYourPersonalData"))
                : ToComplete(P("notice.theRecipientsOfYourPersonalDataHave")));
            return;
        }

        var names = RetentionText.JoinList(undisclosed.Select(SubjectName).ToList(), _lang);
        _blocks.Add(AllRecipientsDeclared
            ? new Paragraph(P("notice.weDoNotDiscloseThePersonalData", names))
            : ToComplete(P("notice.theRecipientsOfThePersonalDataOf", names)));
    }

    /// <summary>
    /// What one recipient receives: ": all the personal data described in this policy." when it receives every entry
    /// the notice covers; ": categories." when the notice has one data subject; otherwise one sentence per data subject
    /// ("Customer: name; phone number.").
    /// </summary>
    private IEnumerable<Run> Received(List<InventoryEntry> entries, List<string?> subjects)
    {
        if (_inventory.Entries.All(entries.Contains))
        {
            yield return P("notice.allThePersonalDataDescribedInThis");
            yield break;
        }

        if (subjects.Count == 1)
        {
            yield return ": " + CategoryList(entries) + ".";
            yield break;
        }

        yield return ".";
        foreach (var subject in subjects)
        {
            var received = entries.Where(e => e.DataSubject == subject).ToList();
            if (received.Count > 0)
            {
                yield return " " + SubjectName(subject) + ": " + CategoryList(received) + ".";
            }
        }
    }

    private string SubjectName(string? subject) => subject is null ? P("notice.otherPersonalData") : T(subject);

    private string Purpose(string purpose) => ProcessingActivity.Display(purpose, T);

    private IEnumerable<Run> Location(string? country, TransferSafeguard safeguard)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            yield return new Run(P("notice.toCompleteTheCountryWhereItProcesses"), strong: true);
            yield break;
        }

        var name = Countries.Name(country!, _lang);
        if (!Countries.IsThirdCountry(country, _jurisdiction))
        {
            yield return Uk
                ? P("notice.uk.itProcessesTheDataIn", name)
                : P("notice.itProcessesTheDataInWithinThe", name);
            yield break;
        }

        yield return Uk
            ? P("notice.uk.itProcessesTheDataInOutsideTheUk", name)
            : P("notice.itProcessesTheDataInOutsideThe", name);
        var text = LegalText.Safeguard(safeguard, _lang, addressingTheSubject: true, _jurisdiction);
        if (text is null)
        {
            yield return new Run(P("notice.toCompleteNoSafeguardForThisTransfer"), strong: true);
        }
        else
        {
            yield return P("notice.theTransferIsBasedOn") + text + ".";
        }
    }

    private void LegalBases()
    {
        var used = ProcessingActivity.WithRetainedUnder(_inventory.Entries).Select(e => e.LegalBasis).Distinct().OrderBy(b => (int)b == 0 ? 99 : (int)b).ToList();
        if (used.Count == 0)
        {
            return;
        }

        _blocks.Add(new Heading(2, P("notice.whatTheLegalBasesMean")));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var basis in used)
        {
            items.Add(new Run[] { new(Capitalize(LegalText.BasisWithArticle(basis, _lang, _jurisdiction)), strong: true), ": " + LegalText.Explanation(basis, _lang, _jurisdiction) });
        }

        _blocks.Add(new BulletList(items));
        if (_inventory.Entries.Any(e => LegalText.IsSensitive(e.Category, _inventory.DeclaredCategories)))
        {
            _blocks.Add(new Paragraph(P("notice.specialCategoriesOfPersonalDataSuchAs")));
        }
    }

    /// <summary>
    /// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement (or one necessary to enter
    /// into a contract), whether the person must provide it and what follows from not providing it — as
    /// <c>DataController.ProvisionRequirement</c> declares, else "To complete".
    /// </summary>
    private void Provision()
    {
        if (_inventory.Entries.Count == 0)
        {
            return;
        }

        _blocks.Add(new Heading(2, P("notice.whetherYouHaveToProvideYourPersonal")));
        var declared = _inventory.Controller?.ProvisionRequirement;
        _blocks.Add(string.IsNullOrWhiteSpace(declared)
            ? ToComplete(P("notice.whetherProvidingYourPersonalDataIsA"))
            : new Paragraph(T(declared!.Trim())));
    }

    private void Transfers()
    {
        _blocks.Add(new Heading(2, Uk
            ? P("notice.uk.transfersOutsideTheUnitedKingdom")
            : P("notice.transfersOutsideTheEuropeanEconomicArea")));
        var recipients = _inventory.Entries.SelectMany(e => e.Recipients).ToList();
        var third = recipients.Where(r => Countries.IsThirdCountry(r.Country, _jurisdiction))
            .GroupBy(r => (r.Name, Country: r.Country!.Trim().ToUpperInvariant(), r.Safeguard))
            .OrderBy(g => _text.Name(g.Key.Name), TextOrder.For(_lang)).ThenBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => (int)g.Key.Safeguard)
            .ToList();
        var unknown = recipients.Where(r => string.IsNullOrWhiteSpace(r.Country)).Select(r => r.Name).Distinct(StringComparer.Ordinal)
            .OrderBy(n => _text.Name(n), TextOrder.For(_lang)).ThenBy(n => n, StringComparer.Ordinal).ToList();
        if (third.Count == 0 && unknown.Count == 0)
        {
            // "We do not transfer" is a statement: only when the controller declares that every recipient is declared.
            _blocks.Add(AllRecipientsDeclared
                ? new Paragraph(Uk
                    ? P("notice.uk.weDoNotTransferYourPersonalData")
                    : P("notice.weDoNotTransferYourPersonalData"))
                : ToComplete(Uk
                    ? P("notice.uk.whetherYourPersonalDataIsTransferredTo")
                    : P("notice.whetherYourPersonalDataIsTransferredTo")));
            return;
        }

        if (third.Count > 0)
        {
            _blocks.Add(new Paragraph(Uk
                ? P("notice.uk.theFollowingRecipientsProcessYourPersonalData")
                : P("notice.theFollowingRecipientsProcessYourPersonalData")));
            var items = new List<IReadOnlyList<Run>>();
            foreach (var group in third)
            {
                var runs = new List<Run> { new(_text.Name(group.Key.Name), strong: true), " — " + Countries.Name(group.Key.Country, _lang) + ": " };
                var text = LegalText.Safeguard(group.Key.Safeguard, _lang, addressingTheSubject: true, _jurisdiction);
                runs.Add(text is null
                    ? new Run(P("notice.toCompleteNoSafeguardHasBeenDeclared"), strong: true)
                    : new Run(Capitalize(text) + "."));
                foreach (var details in group.Select(r => r.TransferDetails).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => T(d!.Trim()).TrimEnd('.')).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal))
                {
                    runs.Add(" " + details + ".");
                }

                items.Add(runs);
            }

            _blocks.Add(new BulletList(items));

            // Art. 13(1)(f): the means to obtain a copy concerns the appropriate safeguards of Art. 46 and 47; an
            // adequacy decision (Art. 45) or a derogation (Art. 49) has no safeguards to copy.
            var scc = third.Any(g => g.Key.Safeguard == TransferSafeguard.StandardContractualClauses);
            var bcr = third.Any(g => g.Key.Safeguard == TransferSafeguard.BindingCorporateRules);
            if (scc && Uk)
            {
                // Under the UK GDPR the clauses are the ICO's IDTA or Addendum; a copy of those is what can be asked for.
                var what = bcr
                    ? P("notice.uk.theIdtaOrAddendumAndBindingCorporateRules")
                    : P("notice.uk.theIdtaOrAddendum");
                _blocks.Add(new Paragraph(P("notice.uk.youCanAskUsForACopy", what)));
            }
            else if (scc || bcr)
            {
                var what = scc && bcr
                    ? P("notice.theStandardContractualClausesAndBindingCorporate")
                    : scc ? P("notice.theStandardContractualClauses") : P("notice.theBindingCorporateRules");
                _blocks.Add(new Paragraph(P("notice.youCanAskUsForACopy", what)));
            }
        }

        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown.Select(_text.Name));
            _blocks.Add(ToComplete(P("notice.theCountryWhereTheseRecipientsProcessThe", names)));
        }
    }

    /// <summary>
    /// Art. 13(2)(f) / 14(2)(g): whether automated decision-making, including profiling, takes place. The notice says
    /// so either way, but only as declared: "we do not" needs the controller's statement, otherwise "To complete".
    /// </summary>
    private void AutomatedDecisions()
    {
        _blocks.Add(new Heading(2, P("notice.automatedDecisionMakingAndProfiling")));
        var c = _inventory.Controller;
        if (!string.IsNullOrWhiteSpace(c?.AutomatedDecisionMaking))
        {
            _blocks.Add(new Paragraph(T(c!.AutomatedDecisionMaking!.Trim())));
        }
        else if (c?.NoAutomatedDecisionMaking == true)
        {
            _blocks.Add(new Paragraph(P("notice.weDoNotTakeDecisionsBasedSolely")));
        }
        else
        {
            _blocks.Add(ToComplete(P("notice.whetherDecisionsBasedSolelyOnAutomatedProcessing")));
        }
    }

    /// <summary>A retention period in words, "To complete" in bold when no duration is stated, its note in brackets, a full stop.</summary>
    private void AddPeriod(List<Run> runs, RetentionPeriod period)
    {
        var text = RetentionText.Describe(period, _lang);
        runs.Add(period.Retention is null ? new Run(P("notice.toComplete") + text, strong: true) : new Run(text));
        if (period.Note is not null)
        {
            runs.Add(" (" + T(period.Note).TrimEnd('.') + ")");
        }

        runs.Add(".");
    }

    private void Rights()
    {
        _blocks.Add(new Heading(2, P("notice.yourRights")));
        _blocks.Add(new Paragraph(P("notice.dependingOnTheLegalBasisOfThe")));
        var items = new List<IReadOnlyList<Run>>();
        void Right(string name, string text) =>
            items.Add(new Run[] { new(name, strong: true), " " + text });

        Right(P("notice.theRightToBeInformed"), P("notice.art13And14GdprThisPolicy"));
        Right(P("notice.theRightOfAccess"), P("notice.art15GdprYouCanAskWhether"));
        Right(P("notice.theRightToRectification"), P("notice.art16GdprYouCanAskUs"));
        Right(P("notice.theRightToErasureRightToBe"), P("notice.art17GdprYouCanAskUs"));
        Right(P("notice.theRightToRestrictionOfProcessing"), P("notice.art18GdprYouCanAskUs"));
        Right(P("notice.notificationOfRecipients"), P("notice.art19GdprWeInformEveryRecipient"));
        Right(P("notice.theRightToDataPortability"), P("notice.art20GdprForDataYouProvided"));
        Right(P("notice.theRightToObject"), P("notice.art21GdprYouCanObjectAt"));
        Right(P("notice.rightsRelatedToAutomatedDecisionMakingIncluding"), P("notice.art22GdprYouHaveTheRight"));
        if (_inventory.Entries.Any(e => e.LegalBasis == LegalBasis.Consent || e.SpecialCategoryCondition == SpecialCategoryCondition.ExplicitConsent))
        {
            Right(P("notice.theRightToWithdrawYourConsent"), P("notice.art73GdprAtAnyTime"));
        }

        var authority = _inventory.Controller?.SupervisoryAuthority;
        if (!string.IsNullOrWhiteSpace(authority))
        {
            authority = T(authority!);
        }

        if (Uk)
        {
            // Art. 77 UK GDPR: the complaint goes to the Commissioner, the one supervisory authority of the United Kingdom.
            Right(P("notice.theRightToLodgeAComplaintWith"), string.IsNullOrWhiteSpace(authority)
                ? P("notice.uk.art77WithTheIco")
                : P("notice.uk.art77WithTheNamedAuthority", authority));
        }
        else if (string.IsNullOrWhiteSpace(authority))
        {
            Right(P("notice.theRightToLodgeAComplaintWith"), P("notice.art77GdprWithTheSupervisoryAuthority"));
        }
        else
        {
            Right(P("notice.theRightToLodgeAComplaintWith"), P("notice.art77GdprWithOrWithThe", authority));
        }

        _blocks.Add(new BulletList(items));
        KeptAfterErasure();
    }

    /// <summary>
    /// Art. 17(3): what is kept after a request to erase, and why — the entries whose effective erasure action (the
    /// inventory's <c>erasure</c>, decided by the annotations as the generated eraser applies them, docs/erasure.md) is
    /// Retain (a legal obligation or a public task, Art. 17(3)(b)) or RetainForLegalClaims (Art. 17(3)(e)), grouped by
    /// reason and retention. Nothing is said when nothing is retained. A Retain on any other basis (only a hand-written
    /// inventory can state one; the eraser deletes such data, PRIV041) is not stated.
    /// </summary>
    private void KeptAfterErasure()
    {
        var groups = _inventory.Entries
            .Select(e => (Entry: e, Reason: ErasureReason(e)))
            .Where(x => x.Reason != KeptReason.None)
            .GroupBy(x => (x.Reason, Period: RetentionPeriod.Of(x.Entry)))
            .OrderBy(g => (int)g.Key.Reason)
            .ThenBy(g => g.Key.Period, Comparer<RetentionPeriod>.Create(RetentionPeriod.Compare))
            .ToList();
        if (groups.Count == 0)
        {
            return;
        }

        _blocks.Add(new Paragraph(new Run(P("notice.whatWeKeepAfterARequestTo"), strong: true)));
        _blocks.Add(new Paragraph(P("notice.theRightToErasureDoesNotApply")));
        var items = new List<IReadOnlyList<Run>>();
        foreach (var group in groups)
        {
            var runs = new List<Run>
            {
                new(Capitalize(CategoryList(group.Select(x => x.Entry))), strong: true),
                ": " + ReasonText(group.Key.Reason) + ". " + P("notice.retentionPeriod"),
            };
            AddPeriod(runs, group.Key.Period);
            items.Add(runs);
        }

        _blocks.Add(new BulletList(items));
    }

    private static KeptReason ErasureReason(InventoryEntry entry) => entry.Erasure switch
    {
        ErasureAction.Retain when entry.LegalBasis == LegalBasis.LegalObligation => KeptReason.LegalObligation,
        ErasureAction.Retain when entry.LegalBasis == LegalBasis.PublicTask => KeptReason.PublicTask,
        ErasureAction.RetainForLegalClaims => KeptReason.LegalClaims,
        _ => KeptReason.None,
    };

    // Worded after Art. 17(3)(b) and (e) GDPR (the Romanian of the regulation's official text).
    private string ReasonText(KeptReason reason) => reason switch
    {
        KeptReason.LegalObligation => P("notice.toComplyWithALegalObligationThat"),
        KeptReason.PublicTask => P("notice.toPerformATaskCarriedOutIn"),
        _ => P("notice.forTheEstablishmentExerciseOrDefenceOf"),
    };

    private enum KeptReason
    {
        None,
        LegalObligation,
        PublicTask,
        LegalClaims,
    }

    private void Exercise()
    {
        _blocks.Add(new Heading(2, P("notice.howToExerciseYourRights")));
        var c = _inventory.Controller;
        var email = string.IsNullOrWhiteSpace(c?.Email) ? null : c!.Email;
        var dpo = string.IsNullOrWhiteSpace(c?.DpoEmail) ? null : c!.DpoEmail;
        var runs = new List<Run>();
        if (email is null && dpo is null)
        {
            _blocks.Add(ToComplete(P("notice.theEMailAddressToWhichYou")));
        }
        else
        {
            runs.Add(P("notice.writeToUsAt"));
            runs.Add(new Run(email ?? dpo!, strong: true));
            if (email is not null && dpo is not null && !string.Equals(email, dpo, StringComparison.OrdinalIgnoreCase))
            {
                runs.Add(P("notice.orToOurDataProtectionOfficerAt"));
                runs.Add(new Run(dpo, strong: true));
            }

            runs.Add(P("notice.sayingWhichRightYouWishToExercise"));
        }

        runs.Add(P("notice.weAnswerWithoutUndueDelayAndWithin"));
        _blocks.Add(new Paragraph(runs));
    }

    private bool AllRecipientsDeclared => _inventory.Controller?.AllRecipientsDeclared == true;

    private Paragraph ToComplete(string text) => new(new Run(P("notice.toComplete") + text, strong: true));

    private IEnumerable<IGrouping<string?, InventoryEntry>> ByCategory(IEnumerable<InventoryEntry> entries) =>
        entries.GroupBy(e => e.Category).OrderBy(g => LegalText.CategorySortKey(g.Key), StringComparer.Ordinal);

    private string CategoryName(string? category) => DataMap.CategoryName(category, _inventory, _lang, _text);

    private string CategoryList(IEnumerable<InventoryEntry> entries) =>
        RetentionText.JoinList(ByCategory(entries).Select(g => CategoryName(g.Key)).Distinct(StringComparer.Ordinal).ToList(), _lang);

    private string SourcePhrase(DataSource source) => source switch
    {
        DataSource.ProvidedBySubject => P("notice.providedByYou"),
        DataSource.Observed => P("notice.collectedAutomatically"),
        DataSource.Derived => P("notice.derivedFromOtherData"),
        DataSource.ThirdParty => P("notice.receivedFromThirdParties"),
        _ => string.Empty,
    };

    internal static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
