using System;
using System.CommandLine;
using System.IO;
using PrivacyAnalyzers.Tool;

var root = PrivacyCommand.Create(Console.Out, Console.Error);
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("privacy: " + error.Message);
    }

    Console.Error.WriteLine("Run 'privacy --help' for usage.");
    return PrivacyCommand.ErrorExitCode;
}

return parse.Invoke();
