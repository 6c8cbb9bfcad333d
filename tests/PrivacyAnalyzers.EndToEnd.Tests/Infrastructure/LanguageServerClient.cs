using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A minimal LSP client over stdio (JSON-RPC with Content-Length framing), enough to play an editor: initialize, open
/// and change documents, answer the server's requests (<c>workspace/configuration</c> with the settings given), and keep
/// the latest <c>textDocument/publishDiagnostics</c> of each document. Everything the server writes to stderr is kept
/// for failure messages.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly JsonObject _settings;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentDictionary<string, JsonArray> _diagnostics = new(StringComparer.Ordinal);
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private int _nextId;

    private LanguageServerClient(Process process, JsonObject settings)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _settings = settings;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Raised (with the document URI) whenever diagnostics are published.</summary>
    public event Action<string>? DiagnosticsPublished;

    /// <summary>The server's stderr and the notable messages it sent, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="executable"/> in <paramref name="workingDirectory"/>; <paramref name="settings"/> is the
    /// object answered for every <c>workspace/configuration</c> item (and sent as initializationOptions).
    /// </summary>
    public static LanguageServerClient Start(string executable, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, JsonObject settings)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{executable} did not start.");
        var client = new LanguageServerClient(process, settings);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                client.AppendLog("stderr: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    /// <summary>The latest diagnostics published for <paramref name="path"/>, or null when none was published yet.</summary>
    public JsonArray? DiagnosticsOf(string path) => _diagnostics.TryGetValue(Uri(path), out var diagnostics) ? diagnostics : null;

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        var finished = await Task.WhenAny(completion.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != completion.Task)
        {
            throw new TimeoutException($"The language server did not answer {method} within {timeout.TotalSeconds:F0} s (exited: {_process.HasExited}). Log:\n{Log}");
        }

        return await completion.Task.ConfigureAwait(false);
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(20)).ConfigureAwait(false);
                await NotifyAsync("exit", null).ConfigureAwait(false);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // Stopped below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
            _writeLock.Dispose();
        }
    }

    private void AppendLog(string line)
    {
        lock (_log)
        {
            _log.Append(line).Append('\n');
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _input.WriteAsync(header).ConfigureAwait(false);
            await _input.WriteAsync(body).ConfigureAwait(false);
            await _input.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = await ReadHeaderAsync(output).ConfigureAwait(false);
                if (length < 0)
                {
                    AppendLog("(the server closed its output)");
                    break;
                }

                var body = new byte[length];
                await output.ReadExactlyAsync(body).ConfigureAwait(false);
                await HandleAsync(JsonNode.Parse(body)!.AsObject()).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or ObjectDisposedException or JsonException)
        {
            AppendLog("(reading from the server failed: " + exception.Message + ")");
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException($"The language server stopped before answering. Log:\n{Log}"));
        }
    }

    private static async Task<int> ReadHeaderAsync(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return -1;
            }

            if (one[0] != '\n')
            {
                if (one[0] != '\r')
                {
                    line.Append((char)one[0]);
                }

                continue;
            }

            if (line.Length == 0)
            {
                return length;
            }

            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            line.Clear();
        }
    }

    private async Task HandleAsync(JsonObject message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null)
        {
            // A response to one of our requests.
            if (id is not null && _pending.TryRemove(id.GetValue<int>(), out var completion))
            {
                if (message["error"] is { } error)
                {
                    completion.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
                }
                else
                {
                    completion.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        if (id is not null)
        {
            // A request from the server: settings for workspace/configuration, an empty success for the rest.
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var items = message["params"]?["items"]?.AsArray().Count ?? 0;
                result = new JsonArray(Enumerable.Range(0, items).Select(_ => (JsonNode?)_settings.DeepClone()).ToArray());
            }

            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result }).ConfigureAwait(false);
            AppendLog($"request {method} answered");
            return;
        }

        switch (method)
        {
            case "textDocument/publishDiagnostics":
                var uri = (string)message["params"]!["uri"]!;
                _diagnostics[uri] = message["params"]!["diagnostics"]!.AsArray().DeepClone().AsArray();
                DiagnosticsPublished?.Invoke(uri);
                break;
            case "window/logMessage":
            case "window/showMessage":
                AppendLog($"{method}: {message["params"]?["message"]}");
                break;
        }
    }
}
