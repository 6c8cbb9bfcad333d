using System.Globalization;
using System.Text;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// Writes the inventory JSON exactly as <c>PrivacyAnalyzers.Inventory.InventoryJson.ToJson</c> does (Utf8JsonWriter,
/// indented by two spaces, LF, the default encoder's escaping: everything outside printable ASCII and the
/// HTML-sensitive characters <c>" &amp; ' + &lt; &gt; `</c> as <c>\uXXXX</c> in upper case; <c>\b \t \n \f \r \\</c> short; lone
/// surrogates as <c>\uFFFD</c>). The generator runs inside the compiler, where System.Text.Json may not load; a test
/// compares both writers byte for byte.
/// </summary>
internal sealed class InventoryJsonText
{
    private readonly StringBuilder _builder = new();
    private int _depth;
    private bool _first = true;

    public static string Write(InventoryModel inventory)
    {
        var json = new InventoryJsonText();
        json.StartObject(null);
        json.Number("schemaVersion", 1);
        json.String("assembly", inventory.Assembly.AssemblyName);
        if (inventory.Assembly.Controller is { } controller)
        {
            json.StartObject("controller");
            json.String("name", controller.Name);
            json.String("address", controller.Address);
            json.String("country", controller.Country);
            json.String("registrationNumber", controller.RegistrationNumber);
            json.String("taxId", controller.TaxId);
            json.String("email", controller.Email);
            json.String("phone", controller.Phone);
            json.String("website", controller.Website);
            json.String("dpoName", controller.DpoName);
            json.String("dpoEmail", controller.DpoEmail);
            json.String("supervisoryAuthority", controller.SupervisoryAuthority);
            if (controller.AllRecipientsDeclared)
            {
                json.Boolean("allRecipientsDeclared", true);
            }

            if (controller.SecurityMeasures is not null)
            {
                json.String("securityMeasures", controller.SecurityMeasures);
            }

            if (controller.Representative is not null)
            {
                json.String("representative", controller.Representative);
            }

            if (controller.AutomatedDecisionMaking is not null)
            {
                json.String("automatedDecisionMaking", controller.AutomatedDecisionMaking);
            }

            if (controller.NoAutomatedDecisionMaking)
            {
                json.Boolean("noAutomatedDecisionMaking", true);
            }
            json.EndObject();
        }
        else
        {
            json.Null("controller");
        }

        json.StartArray("subjects");
        foreach (var subject in inventory.Subjects)
        {
            json.StartObject(null);
            json.String("name", subject.Name);
            json.String("type", subject.Type);
            json.String("description", subject.Description);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("declaredCategories");
        foreach (var category in inventory.Assembly.DeclaredCategories)
        {
            json.StartObject(null);
            json.String("id", category.Id);
            json.String("description", category.Description);
            json.Boolean("isSpecialCategory", category.IsSpecialCategory);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("entries");
        foreach (var entry in inventory.Entries)
        {
            json.StartObject(null);
            json.String("type", entry.Type);
            json.String("member", entry.Member);
            json.String("memberType", entry.MemberType);
            json.String("dataSubject", entry.DataSubject);
            json.String("category", entry.Category);
            json.String("fidesCategory", CategoryTaxonomy.FideslangOf(entry.Category));
            json.String("legalBasis", entry.LegalBasis);
            json.String("retention", entry.Retention);
            json.String("retentionFrom", entry.RetentionFrom);
            json.String("retentionNote", entry.RetentionNote);
            if (entry.AlternativeRetention is not null || entry.AlternativeRetentionFrom != "Unspecified" || entry.RetentionCombination != "Unspecified")
            {
                json.String("alternativeRetention", entry.AlternativeRetention);
                json.String("alternativeRetentionFrom", entry.AlternativeRetentionFrom);
                json.String("retentionCombination", entry.RetentionCombination);
            }

            json.StartArray("purposes");
            foreach (var purpose in entry.Purposes)
            {
                json.StringValue(purpose);
            }

            json.EndArray();
            json.String("source", entry.Source);
            json.String("description", entry.Description);
            json.String("specialCategoryCondition", entry.SpecialCategoryCondition);
            json.String("criminalDataCondition", entry.CriminalDataCondition);
            json.StartArray("recipients");
            foreach (var recipient in entry.Recipients)
            {
                json.StartObject(null);
                json.String("name", recipient.Name);
                json.String("kind", recipient.Kind);
                json.String("country", recipient.Country);
                json.String("safeguard", recipient.Safeguard);
                json.String("purpose", recipient.Purpose);
                if (recipient.TransferDetails is not null)
                {
                    json.String("transferDetails", recipient.TransferDetails);
                }

                if (recipient.Note is not null)
                {
                    json.String("note", recipient.Note);
                }

                json.EndObject();
            }

            json.EndArray();
            json.String("origin", entry.Origin);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json._builder.ToString();
    }

    private void StartObject(string? name)
    {
        Property(name);
        _builder.Append('{');
        _depth++;
        _first = true;
    }

    private void EndObject() => End('}');

    private void StartArray(string name)
    {
        Property(name);
        _builder.Append('[');
        _depth++;
        _first = true;
    }

    private void EndArray() => End(']');

    private void End(char close)
    {
        _depth--;
        if (!_first)
        {
            NewLine();
        }

        _builder.Append(close);
        _first = false;
    }

    private void String(string name, string? value)
    {
        if (value is null)
        {
            Null(name);
            return;
        }

        Property(name);
        Escaped(value);
    }

    private void StringValue(string value)
    {
        Property(null);
        Escaped(value);
    }

    private void Null(string name)
    {
        Property(name);
        _builder.Append("null");
    }

    private void Number(string name, int value)
    {
        Property(name);
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    private void Boolean(string name, bool value)
    {
        Property(name);
        _builder.Append(value ? "true" : "false");
    }

    private void Property(string? name)
    {
        if (_depth > 0)
        {
            if (!_first)
            {
                _builder.Append(',');
            }

            NewLine();
        }

        _first = false;
        if (name is not null)
        {
            Escaped(name);
            _builder.Append(": ");
        }
    }

    private void NewLine() => _builder.Append('\n').Append(' ', _depth * 2);

    private void Escaped(string value)
    {
        _builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            // Most text needs no escape: copy runs of safe characters at once.
            var run = i;
            while (run < value.Length && IsSafe(value[run]))
            {
                run++;
            }

            if (run > i)
            {
                _builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '\b': _builder.Append("\\b"); continue;
                case '\t': _builder.Append("\\t"); continue;
                case '\n': _builder.Append("\\n"); continue;
                case '\f': _builder.Append("\\f"); continue;
                case '\r': _builder.Append("\\r"); continue;
                case '\\': _builder.Append("\\\\"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                Unicode(c);
                Unicode(value[++i]);
            }
            else
            {
                Unicode(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        _builder.Append('"');
    }

    private static bool IsSafe(char c) => c >= 0x20 && c < 0x7F && c is not ('"' or '&' or '\'' or '+' or '<' or '>' or '`' or '\\');

    private void Unicode(char c) => _builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
