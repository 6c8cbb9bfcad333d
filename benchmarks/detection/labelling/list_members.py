import re,sys,os
# lists type members (properties, fields, record positional parameters) of C# files: name and declared type only
TYPE=re.compile(r'^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|private|protected|sealed|abstract|static|partial|readonly|ref)\s+)*(class|record struct|record class|record|struct|interface|enum)\s+(\w+)')
MEM=re.compile(r'^\s*(?:\[[^\]]*\]\s*)*((?:(?:public|private|protected|internal|static|virtual|override|readonly|required|new|abstract|const|volatile)\s+)+)([\w<>\[\],?. ()]+?)\s+(\w+)\s*(\{|=>|=|;|$)')
def lst(root,path):
    src=open(os.path.join(root,path),encoding='utf-8-sig',errors='replace').read()
    # block comments hold no member (commented-out code): blanked, keeping their line breaks
    src=re.sub(r'/\*.*?\*/',lambda m:'\n'*m.group(0).count('\n'),src,flags=re.S)
    # a record's positional parameter list spread over several lines is joined onto its declaration line
    src=re.sub(r'(\brecord\b[^\n;{(]*\()([^)]*)\)',lambda m:m.group(1)+re.sub(r'//[^\n]*','',m.group(2)).replace('\n',' ')+')',src)
    stack=[];depth=0;pending=None;out=[]
    for line in src.split('\n'):
        s=line.split('//')[0]
        m=TYPE.match(s)
        if m and m.group(1)!='interface':
            pending=(m.group(2),m.group(1))
            if m.group(1).startswith('record'):
                pm=re.search(r'\b'+m.group(2)+r'\s*(?:<[^>]*>)?\s*\(([^)]*)\)',s)
                if pm:
                    for p in pm.group(1).split(','):
                        p=re.sub(r'\[[^\]]*\]','',p).strip()
                        if p: t,_,n=p.rpartition(' '); out.append((m.group(2),n.split('=')[0].strip(),t.strip(),'param'))
        elif m: pending=('__interface','i')
        if stack and stack[-1][1]==depth and stack[-1][0]!='__interface' and stack[-1][0]!='__enum':
            mm=MEM.match(s)
            if mm and mm.group(2) not in ('enum','class','struct','record','interface','delegate','event') and '(' not in mm.group(2) and ' class ' not in s and 'const' not in mm.group(1) and mm.group(4)!='(':
                if not ('static' in mm.group(1) and 'readonly' in mm.group(1)):
                    out.append((stack[-1][0],mm.group(3),mm.group(2).strip(),'member'))
        for ch in s:
            if ch=='{':
                depth+=1
                if pending:
                    stack.append((pending[0] if pending[1]!='enum' else '__enum',depth)); pending=None
            elif ch=='}':
                if stack and stack[-1][1]==depth: stack.pop()
                depth-=1
        if pending and s.rstrip().endswith(';'): pending=None
    return out
root=sys.argv[1]
for p in sys.argv[2:]:
    for t,n,ty,k in lst(root,p):
        print(f"{p}|{t}|{n}|{ty}")
