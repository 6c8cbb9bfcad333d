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
    SupervisoryAuthority = "ANSPDCP",
    // "How we protect your data": the measures the policy lists, for the record of processing (Art. 30(1)(g)).
    SecurityMeasures = "Personal data encrypted in transit; frequent, encrypted off-site backups; systems configured following industry best practice to mitigate intrusion; regular security scans of cloud-hosted systems; security and privacy policies, with regular security-awareness and privacy training for all staff")]
