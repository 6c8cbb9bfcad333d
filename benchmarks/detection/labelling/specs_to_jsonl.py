import json,sys,re
# usage: conv.py repo commit listfile specfile outjsonl [prefix]
repo,commit,lf,sf,out=sys.argv[1:6]; prefix=sys.argv[6] if len(sys.argv)>6 else ''
spec={}
for line in open(sf,encoding='utf-8'):
    line=line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    t,rest=line.split(' ',1) if ' ' in line else (line,'')
    for part in re.split(r';\s*(?=[\w*]+=)',rest):
        part=part.strip()
        if not part: continue
        m,_,code=part.partition('=')
        spec[(t,m.strip())]=code.strip()
rows=[];missing=[];used=set()
seen=set()
for line in open(lf,encoding='utf-8'):
    p,t,mem,ty=line.rstrip('\n').split('|')
    if (p,t,mem) in seen: continue
    seen.add((p,t,mem))
    key=None
    for k in [(p+'#'+t,mem),(p+'#'+t,'*'),(t,mem),(t,'*')]:
        if k in spec: key=k;break
    if key is None: missing.append(line.strip()); continue
    used.add(key)
    code=spec[key]
    if code=='skip': continue
    reason=None
    if '?' in code: code,reason=code.split('?',1)
    personal = code!='-'
    rows.append(dict(repo=repo,commit=commit,path=prefix+p,type=t,member=mem,personal=personal,category=code if personal else None,confidence='borderline' if reason is not None else 'sure',reason=reason or None))
if missing: print('MISSING',*missing,sep='\n'); sys.exit(1)
unused=[k for k in spec if k not in used]
if unused: print('UNUSED',unused)
with open(out,'w',encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
c=Counter((r['personal'],r['confidence']) for r in rows); print(repo,len(rows),dict(c))
