#!/usr/bin/env python3
"""Writes a synthetic, deterministic workload project for the PrivacyAnalyzers overhead benchmark.

usage: workload.py OUTPUT_DIR [--entities N] [--services N] [--subject-every K] [--seed S]

N entity/DTO classes with 15 members each (a third with personal-data names, half of those annotated) and N service
classes with ILogger calls and entity-to-DTO mappings. Every K-th entity (default 20: 100 of 2,000) is a [DataSubject]
type -- a person such as Customer or Employee, with a generated exporter; the others (Order, Invoice, ...) hold personal
data about those people under the assembly's [PersonalDataDefaults]. A real domain has few person types and many
entities that refer to them; --subject-every 1 makes every entity a data subject (2,000 exporters), the stress case.
The project builds with or without PrivacyAnalyzers (-p:WithPrivacy=true) and with the SDK's analyzers at any
AnalysisLevel.

--package VERSION --feed DIR --packages DIR [--upstream-config NUGET_CONFIG]: the project consumes the packed
PrivacyAnalyzers package instead (a normal <PackageReference>, as a user's project does: analyzers, generator and the
build task that writes the privacy files), restored from the local folder feed DIR (for PrivacyAnalyzers only, by
package source mapping) and the upstream sources of NUGET_CONFIG (everything else) into the isolated package folder
--packages. Its opt-out, -p:PrivacyAnalyzersEnabled=false, is the baseline (benchmarks/overhead.sh).
"""
import argparse
import os
import random
import xml.etree.ElementTree as ElementTree
from xml.sax.saxutils import quoteattr

PERSONAL = [("Email", "Contact.Email", "string"), ("PhoneNumber", "Contact.Phone", "string"), ("FullName", "Identity.Name", "string"),
            ("Iban", "Financial.BankAccount", "string"), ("Cnp", "Identity.NationalId", "string"), ("HomeAddress", "Contact.Address", "string"),
            ("DateOfBirth", "Identity.DateOfBirth", "System.DateOnly"), ("LastLoginIp", "Online.IpAddress", "string"),
            ("Nume", "Identity.Name", "string"), ("Prenume", "Identity.Name", "string")]
ORDINARY = [("Quantity", "int"), ("Status", "string"), ("CreatedAt", "System.DateTime"), ("Price", "decimal"), ("Sku", "string"),
            ("IsActive", "bool"), ("Notes", "string"), ("Version", "int"), ("Region", "string"), ("Priority", "int"),
            ("Reference", "string"), ("Total", "decimal")]
SUBJECTS = ["Customer", "Client", "Employee", "Patient", "Member", "Subscriber", "Person", "Contact"]
ENTITIES = ["Order", "Invoice", "Shipment", "Booking", "Ticket", "Appointment", "Review", "Payment"]


def entity(i, rng, subject_every):
    is_subject = i % subject_every == 0
    subject = SUBJECTS[i % len(SUBJECTS)] if is_subject else ENTITIES[i % len(ENTITIES)]
    name = f"{subject}{i}"
    members = []
    personal = rng.sample(PERSONAL, 5)
    for k, (member, category, type_) in enumerate(personal):
        annotation = f'    [PersonalData("{category}")]\n' if k % 2 == 0 else ""
        members.append(f"{annotation}    public {type_} {member} {{ get; set; }}")
    for member, type_ in rng.sample(ORDINARY, 9):
        members.append(f"    public {type_} {member} {{ get; set; }}")
    members.insert(0, "    public int Id { get; set; }")
    body = "\n\n".join(members)
    emails = [m for m, _, _ in personal]
    dto_members = "\n".join(f"    public string? {m}Copy {{ get; set; }}" for m in emails[:2])
    return name, emails, (
        "using PrivacyAnalyzers;\n\nnamespace Workload.Domain;\n\n"
        + (f"[DataSubject(\"{subject}\", LegalBasis = LegalBasis.Contract, Retention = \"P3Y\")]\n" if is_subject else "")
        + f"public sealed class {name}\n{{\n{body}\n}}\n\n"
        f"public sealed class {name}Dto\n{{\n    public int Id {{ get; set; }}\n{dto_members}\n}}\n")


def service(i, entity_name, personal_members):
    first, second = personal_members[0], personal_members[1]
    return (
        "using System.Collections.Generic;\nusing System.Linq;\nusing Microsoft.Extensions.Logging;\nusing Workload.Domain;\n\n"
        "namespace Workload.Services;\n\n"
        f"public sealed class {entity_name}Service\n{{\n"
        f"    private readonly ILogger<{entity_name}Service> _logger;\n\n"
        f"    public {entity_name}Service(ILogger<{entity_name}Service> logger) => _logger = logger;\n\n"
        f"    public {entity_name}Dto Map({entity_name} source)\n    {{\n"
        f"        _logger.LogInformation(\"Mapping {{Id}}\", source.Id);\n"
        f"        var dto = new {entity_name}Dto {{ Id = source.Id, {first}Copy = System.Convert.ToString(source.{first}, System.Globalization.CultureInfo.InvariantCulture) }};\n"
        f"        dto.{second}Copy = System.Convert.ToString(source.{second}, System.Globalization.CultureInfo.InvariantCulture);\n"
        f"        return dto;\n    }}\n\n"
        f"    public int Count(IEnumerable<{entity_name}> items)\n    {{\n"
        f"        var list = items.Where(x => x.Id > 0).ToList();\n"
        f"        _logger.LogDebug(\"Counted {{Count}} items\", list.Count);\n"
        f"        if (list.Count > 100)\n        {{\n            _logger.LogWarning(\"Large batch for {{First}}\", list[0].{first});\n        }}\n\n"
        f"        return list.Count;\n    }}\n}}\n")


PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>$(NoWarn);CS8618</NoWarn>
    <PrivacySrc>$(PrivacyRepo)/src</PrivacySrc>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.14" />
    <Reference Include="$(PrivacySrc)/PrivacyAnalyzers.Annotations/bin/Release/netstandard2.0/PrivacyAnalyzers.Annotations.dll" />
  </ItemGroup>
  <!-- WithPrivacy=true: the analyzers and the generator, as the package adds them. WithPrivacyAnalyzers / WithPrivacyGenerator:
       one half alone, to see which costs what. The generator needs the analyzers assembly loaded beside it (it reads
       annotations through it), so "generator alone" loads both and turns every analyzer rule off: the compiler then
       skips those analyzers entirely. -->
  <ItemGroup Condition="'$(WithPrivacy)' == 'true' or '$(WithPrivacyGenerator)' == 'true'">
    <Reference Include="$(PrivacySrc)/PrivacyAnalyzers.Runtime/bin/Release/net8.0/PrivacyAnalyzers.Runtime.dll" />
    <Analyzer Include="$(PrivacySrc)/PrivacyAnalyzers.Generator/bin/Release/netstandard2.0/PrivacyAnalyzers.Generator.dll" />
  </ItemGroup>
  <ItemGroup Condition="'$(WithPrivacy)' == 'true' or '$(WithPrivacyAnalyzers)' == 'true' or '$(WithPrivacyGenerator)' == 'true'">
    <Analyzer Include="$(PrivacySrc)/PrivacyAnalyzers.Analyzers/bin/Release/netstandard2.0/PrivacyAnalyzers.Analyzers.dll" />
  </ItemGroup>
  <!-- PrivacyQuiet=true: the same analysis, with the rules that fire thousands of times on this deliberately half-annotated
       code (PRIV001, PRIV020, PRIV023) lowered to suggestions, which a command-line build computes but does not print:
       the difference to WithPrivacy is the cost of logging about 19,600 warnings. -->
  <ItemGroup Condition="'$(PrivacyQuiet)' == 'true'">
    <GlobalAnalyzerConfigFiles Include="quiet.globalconfig" />
  </ItemGroup>
  <PropertyGroup Condition="'$(WithPrivacyGenerator)' == 'true'">
    <NoWarn>$(NoWarn);PRIV001;PRIV002;PRIV010;PRIV011;PRIV012;PRIV013;PRIV014;PRIV015;PRIV016;PRIV017;PRIV020;PRIV021;PRIV022;PRIV023</NoWarn>
  </PropertyGroup>
</Project>
"""

PACKAGE_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>$(NoWarn);CS8618</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.14" />
    <!-- The packed package, as a user references it: attributes and runtime (lib/), analyzers and generator
         (analyzers/), the build task that writes the privacy files (buildTransitive/ + tasks/).
         -p:PrivacyAnalyzersEnabled=false is the package's opt-out (the benchmark's baseline). -->
    <PackageReference Include="PrivacyAnalyzers" Version="@VERSION@" />
  </ItemGroup>
  <!-- PrivacyQuiet=true: PRIV001, PRIV020 and PRIV023 lowered to suggestions (computed, not printed). -->
  <ItemGroup Condition="'$(PrivacyQuiet)' == 'true'">
    <GlobalAnalyzerConfigFiles Include="quiet.globalconfig" />
  </ItemGroup>
</Project>
"""


def nuget_config(feed, packages, upstream_config):
    """A nuget.config naming the local feed (PrivacyAnalyzers only) and the upstream sources (everything else)."""
    sources_element = ElementTree.parse(upstream_config).getroot().find("packageSources") if upstream_config else None
    upstream = [e.get("value") for e in sources_element.findall("add") if e.get("value")] if sources_element is not None else []
    if not upstream:
        raise SystemExit(f"no package source in {upstream_config}")
    sources = "".join(f'    <add key="upstream-{i}" value={quoteattr(u)} />\n' for i, u in enumerate(upstream))
    mappings = "".join(f'    <packageSource key="upstream-{i}"><package pattern="*" /></packageSource>\n' for i in range(len(upstream)))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n'
            f'  <config>\n    <add key="globalPackagesFolder" value={quoteattr(os.path.abspath(packages))} />\n  </config>\n'
            f'  <packageSources>\n    <clear />\n    <add key="privacyanalyzers-local" value={quoteattr(os.path.abspath(feed))} />\n{sources}  </packageSources>\n'
            '  <packageSourceMapping>\n    <packageSource key="privacyanalyzers-local"><package pattern="PrivacyAnalyzers" /></packageSource>\n'
            f'{mappings}  </packageSourceMapping>\n</configuration>\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--entities", type=int, default=2000)
    parser.add_argument("--services", type=int, default=2000)
    parser.add_argument("--subject-every", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--package", metavar="VERSION", help="consume the packed PrivacyAnalyzers VERSION from --feed")
    parser.add_argument("--feed", help="local folder feed holding PrivacyAnalyzers.VERSION.nupkg")
    parser.add_argument("--packages", help="isolated global packages folder for the restore")
    parser.add_argument("--upstream-config", help="nuget.config whose sources supply every other package")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.output, "Domain"), exist_ok=True)
    os.makedirs(os.path.join(args.output, "Services"), exist_ok=True)
    entities = []
    for i in range(args.entities):
        name, members, text = entity(i, rng, args.subject_every)
        entities.append((name, members))
        with open(os.path.join(args.output, "Domain", f"{name}.cs"), "w", encoding="utf-8") as f:
            f.write(text)
    for i in range(args.services):
        name, members = entities[i % len(entities)]
        with open(os.path.join(args.output, "Services", f"Service{i}.cs"), "w", encoding="utf-8") as f:
            f.write(service(i, name, members).replace(f"class {name}Service", f"class {name}Service{i}").replace(f"ILogger<{name}Service>", f"ILogger<{name}Service{i}>").replace(f"public {name}Service(", f"public {name}Service{i}("))
    with open(os.path.join(args.output, "Domain", "Privacy.cs"), "w", encoding="utf-8") as f:
        f.write("using PrivacyAnalyzers;\n\n[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = \"P3Y\")]\n")
    with open(os.path.join(args.output, "Workload.csproj"), "w", encoding="utf-8") as f:
        f.write(PACKAGE_PROJECT.replace("@VERSION@", args.package) if args.package else PROJECT)
    if args.package:
        if not args.feed or not args.packages:
            parser.error("--package needs --feed and --packages")
        with open(os.path.join(args.output, "nuget.config"), "w", encoding="utf-8") as f:
            f.write(nuget_config(args.feed, args.packages, args.upstream_config))
        with open(os.path.join(args.output, ".editorconfig"), "w", encoding="utf-8") as f:
            f.write("root = true\n")
    with open(os.path.join(args.output, "quiet.globalconfig"), "w", encoding="utf-8") as f:
        f.write("is_global = true\n" + "".join(f"dotnet_diagnostic.{rule}.severity = suggestion\n" for rule in ("PRIV001", "PRIV020", "PRIV023")))
    for name in ("Directory.Build.props", "Directory.Build.targets"):
        with open(os.path.join(args.output, name), "w", encoding="utf-8") as f:
            f.write("<Project />\n")
    with open(os.path.join(args.output, "Directory.Packages.props"), "w", encoding="utf-8") as f:
        f.write("<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n")


if __name__ == "__main__":
    main()
