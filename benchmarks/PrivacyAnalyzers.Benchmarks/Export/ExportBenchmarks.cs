using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Benchmarks.Export;

/// <summary>
/// Exports 100,000 customers with 3 orders each, one export per customer (as a support request would), to a
/// discarding stream: the generated exporter in each format and scope, against System.Text.Json's reflection
/// serializer writing the same fields from a DTO projection.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private const int Customers = 100_000;
    private const int OrdersPerCustomer = 3;

    private static readonly JsonSerializerOptions BaselineOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private BenchCustomer[] _customers = System.Array.Empty<BenchCustomer>();

    [Params(ExportScope.Access, ExportScope.Portability)]
    public ExportScope Scope { get; set; }

    [GlobalSetup]
    public void Setup() => _customers = BenchData.Customers(Customers, OrdersPerCustomer);

    [Benchmark]
    public void GeneratedJson() => Export(ExportFormat.Json);

    [Benchmark]
    public void GeneratedCsv() => Export(ExportFormat.Csv);

    [Benchmark]
    public void GeneratedXml() => Export(ExportFormat.Xml);

    [Benchmark(Baseline = true)]
    public void SystemTextJsonReflection()
    {
        var stream = Stream.Null;
        foreach (var customer in _customers)
        {
            if (Scope == ExportScope.Access)
            {
                JsonSerializer.Serialize(stream, CustomerAccessDto.From(customer), BaselineOptions);
            }
            else
            {
                JsonSerializer.Serialize(stream, CustomerPortabilityDto.From(customer), BaselineOptions);
            }
        }
    }

    private void Export(ExportFormat format)
    {
        var stream = Stream.Null;
        foreach (var customer in _customers)
        {
            BenchCustomerPrivacyExporter.Export(customer, stream, format, Scope);
        }
    }
}
