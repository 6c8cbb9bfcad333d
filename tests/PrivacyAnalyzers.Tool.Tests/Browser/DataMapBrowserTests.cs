using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tool.Tests.Browser;

/// <summary>
/// The HTML policy of the largest sample (samples/IotShop, in Romanian with its translations), opened in headless
/// Chromium: the data map is drawn (a screenshot differs from one of the same page with the map's drawing removed,
/// over the map's whole area) and every label is in the browser's DOM as text. The inventory is the one the unit
/// tests check against the sample (tests/PrivacyAnalyzers.Tests/Reporting/Golden/iotshop.inventory.json).
/// </summary>
public sealed class DataMapBrowserTests : IDisposable
{
    private const int WindowWidth = 1200;
    private const int WindowHeight = 2800;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "privacy-datamap-" + Guid.NewGuid().ToString("N"));

    public DataMapBrowserTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleanup.
        }
    }

    private static PrivacyInventory IotShop() =>
        InventoryJson.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "PrivacyAnalyzers.Tests", "Reporting", "Golden", "iotshop.inventory.json")), "iotshop.inventory.json");

    private static string TextsPath => Path.Combine(Repository.Root, "samples", "IotShop", "privacy-texts.ro.json");

    [Fact]
    public void The_map_of_the_largest_sample_is_drawn_in_chromium_over_its_whole_area()
    {
        var html = PrivacyReport.Render(IotShop(), ReportFormat.Html, ReportLanguage.Romanian, TextTranslations.Load(TextsPath));
        var svg = Regex.Match(html, "(<svg[^>]*>)(.*?)(</svg>)", RegexOptions.Singleline);
        Assert.True(svg.Success, "no <svg> in the page");
        var page = Path.Combine(_folder, "policy.html");
        var blank = Path.Combine(_folder, "blank.html");
        File.WriteAllText(page, html);

        // The same page with an empty <svg> of the same size: everything but the map's drawing is identical.
        File.WriteAllText(blank, html.Replace(svg.Value, svg.Groups[1].Value + svg.Groups[3].Value, StringComparison.Ordinal));

        var shot = Screenshot(page, "policy.png");
        var empty = Screenshot(blank, "blank.png");
        Assert.Equal((WindowWidth, WindowHeight), (shot.Width, shot.Height));

        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, differing = 0;
        for (var y = 0; y < shot.Height; y++)
        {
            for (var x = 0; x < shot.Width; x++)
            {
                var a = shot[x, y];
                var b = empty[x, y];
                if (Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B) > 24)
                {
                    differing++;
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        Assert.True(differing > 0, "the screenshot with the map equals the one without: nothing was drawn");

        // The map's area as the page lays it out: the viewBox scaled to the body's 60rem (960 px) at most.
        var size = Regex.Match(svg.Groups[1].Value, "viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
        var width = double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var scale = Math.Min(1, 960 / width);
        var drawnWidth = width * scale;
        var drawnHeight = height * scale;
        Assert.True(bottom < shot.Height - 1, $"the map reaches the bottom of the {WindowHeight}-px window: make the window taller");
        Assert.True(right - left + 1 >= drawnWidth * 0.9, $"drawn over {right - left + 1} px of the map's {drawnWidth:0} px width");
        Assert.True(bottom - top + 1 >= drawnHeight * 0.85, $"drawn over {bottom - top + 1} px of the map's {drawnHeight:0} px height");

        // Not a stray line: a meaningful share of the map's area is ink (boxes, text and arrows).
        var area = (right - left + 1) * (bottom - top + 1);
        Assert.True(differing > area * 0.05, $"{differing} pixels drawn in a {right - left + 1}x{bottom - top + 1} area");
    }

    [Fact]
    public void Every_label_of_the_map_is_text_in_the_browsers_dom()
    {
        var inventory = IotShop();
        var page = Path.Combine(_folder, "policy.html");
        File.WriteAllText(page, PrivacyReport.Render(inventory, ReportFormat.Html, ReportLanguage.Romanian, TextTranslations.Load(TextsPath)));

        var result = Chromium.Run(_folder, "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.ToString());
        var dom = result.StandardOutput;
        var svg = Regex.Match(dom, "<svg[^>]*>.*?</svg>", RegexOptions.Singleline);
        Assert.True(svg.Success, "no <svg> in the DOM Chromium built:\n" + dom[..Math.Min(2000, dom.Length)]);
        Assert.Contains("role=\"img\"", svg.Value[..svg.Value.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<title id=\"privacy-data-map-title\">Harta datelor: ale cui, ce date, de ce și cine le primește</title>", svg.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);

        // Each box as the browser holds it: its tooltip (full text) and its label lines (tspans without a smaller font size).
        var boxes = Regex.Matches(svg.Value, "<g><title>(?<title>[^<]*)</title><rect[^>]*>(?:</rect>)?<text[^>]*>(?<text>.*?)</text></g>", RegexOptions.Singleline)
            .Select(m => (
                Title: WebUtility.HtmlDecode(m.Groups["title"].Value),
                Label: string.Join(" ", Regex.Matches(m.Groups["text"].Value, "<tspan x=\"[^\"]*\" y=\"[^\"]*\">(?<line>[^<]*)</tspan>").Select(l => WebUtility.HtmlDecode(l.Groups["line"].Value)))))
            .ToList();

        var expected = ExpectedLabels(inventory);
        Assert.True(expected.Count > 40, $"only {expected.Count} labels expected");
        var truncated = 0;
        foreach (var label in expected)
        {
            var box = boxes.FirstOrDefault(b => b.Title == label || b.Title.StartsWith(label + " — ", StringComparison.Ordinal));
            Assert.True(box.Title is not null, $"no box titled \"{label}\" in the DOM");
            var shown = box.Label.Replace(" ", string.Empty, StringComparison.Ordinal);
            var full = label.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (shown != full)
            {
                Assert.True(shown.EndsWith('…') && full.StartsWith(shown.TrimEnd('…'), StringComparison.Ordinal), $"\"{label}\" is shown as \"{box.Label}\"");
                truncated++;
            }
        }

        // Legible: hardly any label is cut (the tooltip still has it).
        Assert.True(truncated <= expected.Count / 10, $"{truncated} of {expected.Count} labels are cut");
    }

    /// <summary>
    /// The labels the map must show, worked out from the inventory and the translations file, not from the map: each data
    /// subject, each category's Romanian name, each purpose and each recipient, translated as the policy translates them.
    /// </summary>
    private static List<string> ExpectedLabels(PrivacyInventory inventory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TextsPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var table = json.RootElement.EnumerateObject().ToDictionary(p => p.Name.Trim(), p => p.Value.GetString()!, StringComparer.Ordinal);
        string T(string text) => table.TryGetValue(text.Trim(), out var translated) ? translated : text;

        var labels = new List<string>();
        labels.AddRange(inventory.Entries.Select(e => e.DataSubject).OfType<string>().Distinct().Select(T));
        labels.AddRange(inventory.Entries.Select(e => LegalText.CategoryName(e.Category, inventory.DeclaredCategories, ReportLanguage.Romanian)).Distinct());
        // A purpose starts with a capital letter wherever it is printed ("stare (…)" is shown as "Stare (…)").
        static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
        labels.AddRange(inventory.Entries.SelectMany(e => e.Purposes).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().Select(p => Capitalized(T(p).Trim().TrimEnd('.'))));
        labels.AddRange(inventory.Entries.SelectMany(e => e.Recipients).Select(r => T(r.Name)).Distinct());
        return labels.Distinct(StringComparer.Ordinal).ToList();
    }

    private Png Screenshot(string page, string name)
    {
        var path = Path.Combine(_folder, name);
        // The two screenshots are compared pixel by pixel, so both must show the page settled: without a virtual-time budget
        // headless Chromium may take the picture before layout and fonts are final (seen once in CI on a loaded machine:
        // every row differed, down to the window's bottom); with it, the page's timers and loads run to completion first.
        var result = Chromium.Run(_folder, "--screenshot=" + path, $"--window-size={WindowWidth},{WindowHeight}",
            "--virtual-time-budget=10000", "--run-all-compositor-stages-before-draw", new Uri(page).AbsoluteUri);
        Assert.True(result.ExitCode == 0 && File.Exists(path), "Chromium wrote no screenshot: " + result);
        return Png.Read(path);
    }
}
