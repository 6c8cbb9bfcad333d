using PrivacyAnalyzers;

// Seed 000 (SmartCity Solutions, citymanager.online). Controller and DPO details as the public policy gives them.
[assembly: DataController(
    "SmartCitySolutions SRL",
    Address = "Strada Paris Nr 35, Sibiu, Romania",
    Country = "RO",
    Email = "contact@citymanager.online",
    Phone = "+40369101010",
    Website = "https://citymanager.online/",
    DpoName = "Data Protection Officer",
    DpoEmail = "dpo@citymanager.online",
    SupervisoryAuthority = "ANSPDCP")]
