import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { PERSONAS, getPersona, isGuest, setPersona, type Persona } from '../../services/persona';
import './index.scss';

export interface PersonaSwitcherProps {
  /** Called after the persona changed, so the page can reload data as the new person. */
  onChange?: (persona: Persona) => void;
}

/**
 * H5 dev tool: a bar at the end of the page (in the flow, so it never covers what the page
 * shows) to act as another friend in the same browser. In the weapp build the identity is the
 * real WeChat openid, so this renders nothing (and is dropped as dead code).
 */
export function PersonaSwitcher(props: PersonaSwitcherProps) {
  if (process.env.TARO_ENV !== 'h5') return null;
  return <PersonaChip {...props} />;
}

function PersonaChip({ onChange }: PersonaSwitcherProps) {
  const [current, setCurrent] = useState<Persona>(getPersona);
  const [open, setOpen] = useState(false);

  const choose = (persona: Persona) => {
    setOpen(false);
    if (persona === current) return;
    setPersona(persona);
    setCurrent(persona);
    onChange?.(persona);
  };

  return (
    <View className="persona-switcher" data-testid="persona-switcher">
      {open && (
        <View className="persona-switcher__menu" data-testid="persona-menu">
          {PERSONAS.map((persona) => (
            <View
              key={persona}
              className={`persona-switcher__option${persona === current ? ' persona-switcher__option--active' : ''}`}
              data-testid={`persona-option-${persona}`}
              onClick={() => choose(persona)}
            >
              {persona}
            </View>
          ))}
        </View>
      )}
      <View
        className="persona-switcher__chip"
        data-testid="persona-chip"
        onClick={() => setOpen((value) => !value)}
      >
        <Text>当前身份：{isGuest(current) ? `新访客（${current}）` : current}</Text>
      </View>
    </View>
  );
}
