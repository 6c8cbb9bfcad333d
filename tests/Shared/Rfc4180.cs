using System.Text;

// Linked into both test projects: the one CSV reader the tests check our RFC 4180 output with.
namespace PrivacyAnalyzers.Testing;

/// <summary>A strict RFC 4180 reader: CRLF-terminated records, fields quoted with doubled quotes inside.</summary>
internal static class Rfc4180
{
    /// <summary>The records of <paramref name="text"/> (BOM already removed); throws <see cref="FormatException"/> where it breaks the RFC.</summary>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"record {records.Count + 1}: a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"record {records.Count + 1}: '{text[i]}' after a closing quote at offset {i}");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n')
                    {
                        throw new FormatException($"record {records.Count + 1}: unquoted field holds {(text[i] == '"' ? "a quote" : "a bare LF")} at offset {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException($"record {records.Count + 1}: the last record does not end with CRLF");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"record {records.Count + 1}: CR not followed by LF at offset {i}");
            }

            i += 2;
            records.Add(record.ToArray());
            record = [];
        }

        return records;
    }
}
