"""The chain of custody of a case as CASE/UCO JSON-LD (Cyber-investigation Analysis Standard Expression,
https://caseontology.org), for forensic tools that read it. Validated in tests with case-utils (SHACL).

Built from the signed records' clear parts only (no passphrase, no decryption): each record is an
``InvestigativeAction`` (its type, time, the reviewer who signed it, its leaf hash), each media a ``File``
with its hashes and size, kept under a ``ProvenanceRecord`` with its evidence number. File names, titles,
notes, sources and URLs are sealed in the vault and are not exported here. Described in docs/takedown.md §5.
"""

from __future__ import annotations

import uuid
from typing import Any

CONTEXT = {
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "kb": "http://example.org/kb/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "uco-vocabulary": "https://ontology.unifiedcyberontology.org/uco/vocabulary/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# What each record type means as an investigative action, in words a forensic examiner reads.
ACTIONS = {
    "case.opened": "Case opened",
    "case.renamed": "Case renamed",
    "media.ingested": "Media acquired and hashed",
    "analysis.run": "Media analysed",
    "region.revealed": "Region of a media revealed to a reviewer",
    "review.sealed": "Review sealed",
    "exhibit.exported": "Exhibit exported",
    "media.purged": "Media bytes destroyed (hashes kept)",
    "hashlist.imported": "Hash list imported",
    "match.reviewed": "Match with a hash list or another case reviewed",
    "capture.imported": "Web capture imported",
    "notice.logged": "Takedown notice logged",
    "time.corrected": "Dates of the preceding records noted as wrong (the sealing computer's clock was ahead)",
}
_HASHES = (("sha256", "SHA256"), ("sha1", "SHA1"), ("md5", "MD5"))


def _iri(kind: str, *parts: str) -> str:
    """A stable node IRI: ``kb:<kind>-<UUID v5 of the parts>`` (UCO asks for IRIs ending in a UUID)."""
    return f"kb:{kind}-{uuid.uuid5(uuid.NAMESPACE_URL, 'reviewer:' + ':'.join(parts))}"


def _time(value: str) -> dict[str, str]:
    return {"@type": "xsd:dateTime", "@value": value}


def case_uco_jsonld(vault: Any, case_id: str) -> dict[str, Any]:
    """The JSON-LD document of case ``case_id``'s chain of custody. Raises ``UnknownCase``."""
    from reviewer.vault import UnknownCase

    records = vault.records(case_id)
    if not records:
        raise UnknownCase(case=case_id)
    vault_id = vault.vault_id
    graph: list[dict[str, Any]] = []
    people: dict[str, str] = {}
    for key in vault.records("keys"):
        if key.type in ("vault.created", "key.enrolled"):
            iri = _iri("identity", vault_id, key.body["key"])
            people[key.body["key"]] = iri
            graph.append({"@id": iri, "@type": "uco-identity:Identity", "uco-core:name": key.body["name"],
                          "uco-core:description": f"Reviewer key {key.body['key']} of vault {vault_id}"})
    tool = _iri("tool", vault_id, records[0].fields["app"])
    graph.append({"@id": tool, "@type": "uco-tool:Tool", "uco-core:name": "Reviewer",
                  "uco-tool:version": records[0].fields["app"].split(" ", 1)[-1]})
    files: dict[str, str] = {}
    provenance: dict[str, str] = {}
    actions = []
    for record in records:
        body = record.body
        action_iri = _iri("investigative-action", vault_id, record.id)
        action: dict[str, Any] = {
            "@id": action_iri, "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": ACTIONS.get(record.type, record.type),
            "uco-core:description": (f"Signed record {record.seq} ({record.type}) of case {case_id}; "
                                     f"leaf hash {record.leaf_hash.hex()}"),
            "uco-action:startTime": _time(record.time),
            "uco-action:endTime": _time(record.time),
            "uco-action:instrument": {"@id": tool},
        }
        if record.signer in people:
            action["uco-action:performer"] = {"@id": people[record.signer]}
        if record.type == "media.ingested":
            file_iri = _iri("file", vault_id, record.id)
            files[record.id] = file_iri
            graph.append(_file_node(file_iri, body, vault_id, record.id))
            provenance[record.id] = _iri("provenance-record", vault_id, record.id)
            graph.append({"@id": provenance[record.id], "@type": "case-investigation:ProvenanceRecord",
                          "case-investigation:exhibitNumber": str(len(files)),
                          "uco-core:object": [{"@id": file_iri}]})
            action["uco-action:result"] = [{"@id": file_iri}, {"@id": provenance[record.id]}]
        elif body.get("media") in files:
            action["uco-action:object"] = [{"@id": files[body["media"]]}]
        graph.append(action)
        actions.append({"@id": action_iri})
    graph.insert(0, {"@id": _iri("investigation", vault_id, case_id), "@type": "case-investigation:Investigation",
                     "uco-core:name": f"Case {case_id}",
                     "uco-core:description": f"Chain of custody of case {case_id} of Reviewer vault {vault_id}",
                     "uco-core:object": actions + [{"@id": p} for p in provenance.values()]})
    return {"@context": CONTEXT, "@graph": graph}


def _file_node(iri: str, body: dict[str, Any], vault_id: str, record_id: str) -> dict[str, Any]:
    hashes = [{"@id": _iri("hash", vault_id, record_id, method), "@type": "uco-types:Hash",
               "uco-types:hashMethod": method,  # xsd:string, as UCO 1.4 asks
               "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": body[field].upper()}}
              for field, method in _HASHES]
    facet = {"@id": _iri("content-data-facet", vault_id, record_id), "@type": "uco-observable:ContentDataFacet",
             "uco-observable:mimeType": body["mime"],
             "uco-observable:sizeInBytes": {"@type": "xsd:integer", "@value": str(body["size"])},
             "uco-observable:hash": hashes}
    return {"@id": iri, "@type": "uco-observable:File", "uco-core:hasFacet": [facet]}
